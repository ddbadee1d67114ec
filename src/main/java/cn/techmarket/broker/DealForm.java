package cn.techmarket.broker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Opens a deal on a need the caller holds, with the results offered to it and, if already agreed, the commission. */
public record DealForm(
        @NotNull(message = "{broker.need.required}") Long needId,
        @NotBlank(message = "{title.required}") @Size(max = 200, message = "{size.max200}") String title,
        @NotEmpty(message = "{broker.results.required}") @Size(max = 10, message = "{broker.list.max10}")
        List<@NotNull Long> resultIds,
        @Valid CommissionForm commission) {
}
