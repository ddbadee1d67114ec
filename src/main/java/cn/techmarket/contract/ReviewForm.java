package cn.techmarket.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A registrar's reasoned step: a request for 补正, 不予登记, or 注销登记 (which also takes its effective date). */
public record ReviewForm(
        @NotBlank(message = "{contract.reason.required}") @Size(max = 1000, message = "{size.max2000}") String reason,
        LocalDate effectiveOn) {
}
