package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The alias per listing kind that readers and writers use, and the dated indices behind it. */
@ApplicationScoped
public class IndexNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    @Inject
    SearchConfig config;

    public String alias(ListingKind kind) {
        return config.indexPrefix() + "-" + kind.slug();
    }

    String newIndex(ListingKind kind) {
        return alias(kind) + "-" + STAMP.format(Instant.now());
    }

    String both() {
        return alias(ListingKind.NEED) + "," + alias(ListingKind.RESULT);
    }
}
