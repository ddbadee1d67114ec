package cn.techmarket.voucher;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** One city's contribution ratio to a shared pool: its share of every redemption the pool pays. */
public record PoolShare(@NotNull @Pattern(regexp = "\\d{4}00") String city,
                        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal ratio) {
}
