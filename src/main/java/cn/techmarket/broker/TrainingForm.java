package cn.techmarket.broker;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A training, continuing-education course or certificate to add to one's profile. */
public record TrainingForm(
        @NotNull(message = "{broker.training.kind.required}") TrainingKind kind,
        @NotBlank(message = "{title.required}") @Size(max = 200, message = "{size.max200}") String title,
        @NotBlank(message = "{broker.training.provider.required}") @Size(max = 200, message = "{size.max200}") String provider,
        @NotNull(message = "{broker.date.required}") @PastOrPresent(message = "{broker.date.past}") LocalDate completedOn,
        @NotNull(message = "{broker.training.hours.range}") @Min(value = 1, message = "{broker.training.hours.range}")
        @Max(value = 2000, message = "{broker.training.hours.range}") Integer hours,
        @Size(max = 100, message = "{size.max100}") String certificate) {
}
