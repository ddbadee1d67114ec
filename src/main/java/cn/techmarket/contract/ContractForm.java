package cn.techmarket.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the registrant enters it. The class follows from the sub-type; amounts are yuan with at most two
 * decimals. {@code version} is required when editing.
 */
public record ContractForm(
        @NotBlank(message = "{contract.title.required}") @Size(max = 200, message = "{size.max200}") String title,
        @NotNull(message = "{contract.subType.required}") ContractSubType subType,
        @NotNull(message = "{contract.party.required}") @Valid PartyForm seller,
        @NotNull(message = "{contract.party.required}") @Valid PartyForm buyer,
        @NotNull(message = "{contract.signedOn.required}") LocalDate signedOn,
        LocalDate termFrom,
        LocalDate termTo,
        @NotNull(message = "{contract.technicalField.required}") TechnicalField technicalField,
        @NotNull(message = "{contract.ipType.required}") IpType ipType,
        PlanCategory planCategory,
        TradeFlag tradeFlag,
        BigDecimal expectedInvestment,
        BigDecimal expectedOutput,
        @NotNull(message = "{contract.amount.required}") BigDecimal totalAmount,
        @Size(max = 50, message = "{contract.costLines.size}") List<@NotNull @Valid CostLineForm> costLines,
        @NotNull(message = "{contract.ownerOrg.required}") Long ownerOrgId,
        Long version) {

    /** A party: domestic ones carry a credit code and a region; a foreign one only its ISO country code. */
    public record PartyForm(
            @NotBlank(message = "{contract.party.name.required}") @Size(max = 200, message = "{size.max200}") String name,
            String creditCode,
            String region,
            String country,
            @NotNull(message = "{contract.party.subjectType.required}") SubjectType subjectType) {

        String countryOrChina() {
            return country == null || country.isBlank() ? "CN" : country.strip().toUpperCase();
        }
    }

    public record CostLineForm(
            @NotNull(message = "{contract.cost.kind.required}") CostKind kind,
            @NotBlank(message = "{contract.cost.description.required}") @Size(max = 200, message = "{size.max200}") String description,
            @NotNull(message = "{contract.amount.required}") BigDecimal amount) {
    }

    List<CostLineForm> lines() {
        return costLines == null ? List.of() : costLines;
    }
}
