package cn.techmarket.interest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's decision: ACCEPT, or DECLINE with a reason (and a note when the reason is OTHER). */
public record DecisionForm(@NotNull(message = "{interest.decision.required}") Decision decision, DeclineReason reason,
                           @Size(max = 1000, message = "{size.max1000}") String note) {
}
