package cn.techmarket.listing;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks Bean Validation cannot express: references, the kind's required fields, coherent price and maturity. */
@ApplicationScoped
class ListingRules {
    static final int MAX_VALIDITY_DAYS = 730;
    @Inject
    Regions regions;

    void check(ListingKind kind, ListingForm f, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        // one character says nothing about a need or a result, and makes search and moderation harder
        if (f.title() != null && !f.title().isBlank() && f.title().strip().codePointCount(0, f.title().strip().length()) < 2) {
            errors.add(new FieldError("title", "{title.too-short}"));
        }
        if (Industry.findById(f.industryCode()) == null) {
            errors.add(new FieldError("industryCode", "{industry.unknown}"));
        }
        if (!regions.exists(f.regionCode())) {
            errors.add(new FieldError("regionCode", "{region.unknown}"));
        }
        if (f.stage() != null && f.trl() != null && !f.stage().allows(f.trl())) {
            errors.add(new FieldError("trl", "{trl.stage}"));
        }
        checkPrice(f, errors);
        if (f.expiresAt() != null && (!f.expiresAt().isAfter(today) || f.expiresAt().isAfter(today.plusDays(MAX_VALIDITY_DAYS)))) {
            errors.add(new FieldError("expiresAt", "{expires.range}"));
        }
        if (kind == ListingKind.NEED) {
            require(f.problem(), "problem", errors);
            require(f.needClass(), "needClass", errors);
        } else {
            require(f.rightsStatus(), "rightsStatus", errors);
            require(f.pricingMethod(), "pricingMethod", errors);
            List<IpItem> items = f.ipItems() == null ? List.of() : f.ipItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).type != null && !items.get(i).hasValidNumber()) {
                    errors.add(new FieldError("ipItems[" + i + "].number", "{ip.number.format}"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkPrice(ListingForm f, List<FieldError> errors) {
        if (f.priceNegotiable() && (f.priceMin() != null || f.priceMax() != null)) {
            errors.add(new FieldError("priceNegotiable", "{price.negotiable}"));
        } else if (!f.priceNegotiable() && f.priceMin() == null && f.priceMax() == null) {
            errors.add(new FieldError("priceMin", "{price.required}"));
        } else if (f.priceMin() != null && f.priceMax() != null && f.priceMin().compareTo(f.priceMax()) > 0) {
            errors.add(new FieldError("priceMax", "{price.order}"));
        }
    }

    private static void require(Object value, String field, List<FieldError> errors) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, "{field.required}"));
        }
    }
}
