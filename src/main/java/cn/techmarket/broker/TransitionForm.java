package cn.techmarket.broker;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step of a deal: the stage to go to; signing (SIGNED) needs the agreed turnover (成交额) and the signing date;
 * termination (TERMINATED) a reason, and a note when the reason is OTHER.
 */
public record TransitionForm(
        @NotNull(message = "{broker.stage.required}") DealStage to,
        @DecimalMin(value = "0.01", message = "{price.range}") @Digits(integer = 12, fraction = 2, message = "{price.scale}")
        BigDecimal amount,
        @PastOrPresent(message = "{broker.date.past}") LocalDate signedOn,
        TerminationReason reason,
        @Size(max = 1000, message = "{size.max1000}") String note,
        Long version) {
}
