package cn.techmarket.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the template: an event of a registered contract. {@code contract} carries the registration's fields
 * (for REGISTERED rows); a change carries the new amounts; a cancellation only its date and reason.
 */
public record HistoricalRow(
        @NotBlank(message = "{contract.import.registrationNo.required}") @Size(max = 32, message = "{size.max100}") String registrationNo,
        @NotNull(message = "{contract.import.event.required}") Event event,
        @NotNull(message = "{contract.effectiveOn.required}") LocalDate effectiveOn,
        String pointRegion,
        ContractForm contract,
        BigDecimal totalAmount,
        BigDecimal nonTechnicalAmount,
        @Size(max = 1000, message = "{size.max2000}") String reason) {

    public enum Event {
        REGISTERED("登记"), CHANGED("变更"), CANCELLED("注销");

        final String zh;

        Event(String zh) {
            this.zh = zh;
        }

        public static Event parse(String text) {
            for (Event e : values()) {
                if (e.name().equalsIgnoreCase(text) || text.startsWith(e.zh)) {
                    return e;
                }
            }
            return null;
        }
    }
}
