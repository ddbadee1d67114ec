package cn.techmarket.voucher;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A category a programme pays for: the subsidy ratio of the fee, and an optional cap per trained person. */
public record CategoryRule(@NotNull ServiceCategory category,
                           @NotNull @DecimalMin(value = "0.0001") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal ratio,
                           @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal perPersonCap) {
}
