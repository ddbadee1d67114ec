package cn.techmarket.broker;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.techmarket.common.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

    /** What the kind requires and forbids: field errors named with the given prefix (e.g. "commission."). */
    List<FieldError> errors(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (kind != CommissionKind.FIXED && rate == null) {
            errors.add(new FieldError(prefix + "rate", "{broker.commission.rate.required}"));
        }
        if (kind == CommissionKind.FIXED && amount == null) {
            errors.add(new FieldError(prefix + "amount", "{broker.commission.amount.required}"));
        }
        if (kind == CommissionKind.INCOME_SHARE && years == null) {
            errors.add(new FieldError(prefix + "years", "{broker.commission.years.range}"));
        }
        if (kind != CommissionKind.FIXED && amount != null) {
            errors.add(new FieldError(prefix + "amount", "{broker.commission.amount.unexpected}"));
        }
        if (kind == CommissionKind.FIXED && rate != null) {
            errors.add(new FieldError(prefix + "rate", "{broker.commission.rate.unexpected}"));
        }
        return errors;
    }

    void applyTo(Deal deal) {
        deal.commissionKind = kind;
        deal.commissionRate = kind == CommissionKind.FIXED ? null : rate;
        deal.commissionAmount = kind == CommissionKind.FIXED ? amount : null;
        deal.commissionYears = kind == CommissionKind.INCOME_SHARE ? years : null;
    }
}
