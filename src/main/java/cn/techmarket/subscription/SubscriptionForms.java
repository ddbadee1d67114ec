package cn.techmarket.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Request bodies of the subscription API. */
final class SubscriptionForms {
    private SubscriptionForms() {
    }

    /** A search to save: a name and the /search parameters (q, type, industry, region, stage, trl, mode, …). */
    record SaveSearch(@NotBlank(message = "{subscription.name.required}") @Size(max = 100, message = "{size.max100}") String name,
                      @NotNull(message = "{subscription.query.empty}") Map<String, String> query) {
    }

    record Follow(@NotNull(message = "{subscription.listing.unknown}") Long listingId) {
    }

    /** Pause or resume. */
    record State(boolean paused) {
    }
}
