package cn.techmarket.matching.eval;

import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.Mode;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the generated structured-fit regression set is labelled (docs/matching-evaluation.md). A result is relevant to a need when it was written
 * about the same technical subject; it is fully relevant (2) when the enterprise could also take it up as it stands,
 * and partly relevant (1) when exactly one of the three conditions fails, because a broker could still negotiate that
 * one. Everything else is 0. The conditions:
 * <ul>
 * <li>maturity: the result's TRL reaches the TRL the need requires;</li>
 * <li>cooperation: the result is offered in at least one mode the need accepts;</li>
 * <li>price: either side is 面议, or the asking price is within the top of the budget.</li>
 * </ul>
 */
final class RelevanceRule {
    private RelevanceRule() {
    }

    static int grade(RegressionListing need, RegressionListing result) {
        if (!need.subject().equals(result.subject())) {
            return 0;
        }
        int failed = (mature(need.form(), result.form()) ? 0 : 1) + (modesOverlap(need.form(), result.form()) ? 0 : 1)
                + (affordable(need.form(), result.form()) ? 0 : 1);
        return failed == 0 ? 2 : failed == 1 ? 1 : 0;
    }

    static boolean mature(ListingForm need, ListingForm result) {
        return need.trl() == null || result.trl() != null && result.trl() >= need.trl();
    }

    static boolean modesOverlap(ListingForm need, ListingForm result) {
        Set<Mode> both = need.modes().isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(need.modes());
        both.retainAll(result.modes());
        return !both.isEmpty();
    }

    static boolean affordable(ListingForm need, ListingForm result) {
        if (need.priceNegotiable() || result.priceNegotiable() || need.priceMax() == null || result.priceMin() == null) {
            return true;
        }
        return result.priceMin().compareTo(need.priceMax()) <= 0;
    }
}
