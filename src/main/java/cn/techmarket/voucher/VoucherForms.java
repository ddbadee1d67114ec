package cn.techmarket.voucher;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the voucher's life; none carries an id, a status or an amount the service computes. */
final class VoucherForms {
    private VoucherForms() {
    }

    /** For an organization (holderOrgId) or for a start-up team the caller leads (teamId): exactly one. */
    record Application(@NotNull Long programmeId, Long holderOrgId, Long teamId,
                       @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal amount) {
    }

    record Team(@NotBlank @Size(max = 200) String nameZh, @NotNull @Pattern(regexp = "\\d{6}") String regionCode) {
    }

    record Decision(@NotNull Boolean approve, List<@NotBlank @Size(max = 500) String> reasons) {
        boolean rejected() {
            return !approve;
        }
    }

    record Order(@NotNull Long serviceId, @NotBlank @Size(max = 2000) String scope, @Min(1) @Max(10000) Integer persons,
                 ServiceOrder.ContractKind contractKind, Long contractRefId) {
    }

    /** The provider confirms the scope and the fee it will invoice. */
    record Confirmation(@NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal fee,
                        @NotBlank @Size(max = 2000) String scope) {
    }

    /** A correction of a paid voucher: the amount taken back (a positive figure) and why. */
    record Correction(@NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal amount,
                      @NotBlank @Size(max = 1000) String reason) {
    }

    record Submission(@NotNull LocalDate invoiceDate) {
    }

    record Pledge(@NotBlank @Size(max = 200) String lender) {
    }

    record Void(@NotEmpty List<@NotBlank @Size(max = 500) String> reasons) {
    }
}
