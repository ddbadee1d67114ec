package cn.techmarket.broker;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * Agreed commission: PERCENT needs a rate (of the signed amount), FIXED an amount in yuan, INCOME_SHARE a rate of
 * the buyer's income from the technology and the number of years. {@link DealService} checks the combination.
 */
public record CommissionForm(
        @NotNull(message = "{broker.commission.kind.required}") CommissionKind kind,
        @DecimalMin(value = "0.01", message = "{broker.commission.rate.range}")
        @DecimalMax(value = "100", message = "{broker.commission.rate.range}")
        @Digits(integer = 3, fraction = 2, message = "{broker.commission.rate.range}") BigDecimal rate,
        @DecimalMin(value = "0.01", message = "{price.range}") @Digits(integer = 12, fraction = 2, message = "{price.scale}")
        BigDecimal amount,
        @Min(value = 1, message = "{broker.commission.years.range}") @Max(value = 20, message = "{broker.commission.years.range}")
        Integer years,
        Long version) {
}
