package cn.techmarket.listing;

import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A listing as a viewer may see it: the public summary always; details only when {@code gated} is false (signed in
 * with a verified organization, the owner, or an operator); contacts only when {@code contactsGated} is false (the
 * owner, an operator, or an organization whose expression of interest was accepted); the moderation note only for
 * owner and operators.
 */
public record ListingView(long id, ListingKind kind, ListingStatus status, String title, String summary,
                          List<String> keywords, Ref industry, Ref region, Stage stage, Integer trl, Set<Mode> modes,
                          boolean priceNegotiable, BigDecimal priceMin, BigDecimal priceMax, String problem,
                          String targetIndicators, NeedClass needClass, String team, String inventors,
                          RightsStatus rightsStatus, Boolean rightsConfirmed, String maturityEvidence,
                          PricingMethod pricingMethod, String applicationFields, String advantages,
                          List<IpItem> ipItems, Ref owner, LocalDate expiresAt, OffsetDateTime publishedAt,
                          OffsetDateTime updatedAt, long version, boolean gated, String details, String contactName,
                          String contactPhone, String contactEmail, String moderationNote,
                          boolean contactsGated) {

    public record Ref(String code, String nameZh, String nameEn) {
    }

    static ListingView from(Listing l, boolean showGated, boolean showContacts, boolean showModeration) {
        Industry industry = Industry.findById(l.industryCode);
        Region region = Region.findById(l.regionCode);
        Organization owner = Organization.findById(l.ownerOrgId);
        return new ListingView(l.id, l.kind, l.status, l.title, l.summary, keywords(l.keywords),
                new Ref(l.industryCode, industry == null ? null : industry.nameZh, industry == null ? null : industry.nameEn),
                new Ref(l.regionCode, region == null ? null : region.nameZh, region == null ? null : region.nameEn),
                l.stage, l.trl, l.modes, l.priceNegotiable, l.priceMin, l.priceMax, l.problem, l.targetIndicators,
                l.needClass, l.team, l.inventors, l.rightsStatus, l.rightsConfirmed, l.maturityEvidence,
                l.pricingMethod, l.applicationFields, l.advantages, showGated ? List.copyOf(l.ipItems) : publicPart(l.ipItems),
                new Ref(String.valueOf(l.ownerOrgId), owner == null ? null : owner.nameZh, owner == null ? null : owner.nameEn),
                l.expiresAt, l.publishedAt, l.updatedAt, l.version, !showGated,
                showGated ? l.details : null, showContacts ? l.contactName : null, showContacts ? l.contactPhone : null,
                showContacts ? l.contactEmail : null, showModeration ? l.moderationNote : null, !showContacts);
    }

    /**
     * What everyone sees of the IP items: their kind and legal status. Numbers and titles identify the patent (and
     * so the inventors' unpublished work around it), and are gated with the details.
     */
    private static List<IpItem> publicPart(List<IpItem> items) {
        return items.stream().map(item -> {
            IpItem open = new IpItem();
            open.type = item.type;
            open.status = item.status;
            return open;
        }).toList();
    }

    /** Exact yuan, a range, or 面议 (pages print their own word for 面议 in English). */
    public String priceText() {
        return Prices.text(priceNegotiable, priceMin, priceMax);
    }

    /** Keywords as typed: separated by commas or semicolons, in either width. */
    public static List<String> keywords(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split("[,，;；]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }
}
