package cn.techmarket.broker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One docking-log entry: what kind of contact, when, who took part, what was said, what comes next. */
public record DockingForm(
        @NotNull(message = "{broker.docking.kind.required}") DockingKind kind,
        @NotNull(message = "{broker.date.required}") OffsetDateTime occurredAt,
        @NotBlank(message = "{broker.docking.parties.required}") @Size(max = 500, message = "{size.max500}") String parties,
        @NotBlank(message = "{broker.docking.notes.required}") @Size(max = 4000, message = "{size.max4000}") String notes,
        @Size(max = 500, message = "{size.max500}") String nextStep,
        LocalDate nextStepDue) {
}
