package cn.techmarket.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 变更登记: the new total and cost lines, from an effective date on. */
public record AmendmentForm(
        @NotNull(message = "{contract.effectiveOn.required}") LocalDate effectiveOn,
        @NotNull(message = "{contract.amount.required}") BigDecimal totalAmount,
        @Size(max = 50, message = "{contract.costLines.size}") List<ContractForm.@NotNull @Valid CostLineForm> costLines,
        @NotBlank(message = "{contract.reason.required}") @Size(max = 1000, message = "{size.max2000}") String reason) {

    List<ContractForm.CostLineForm> lines() {
        return costLines == null ? List.of() : costLines;
    }
}
