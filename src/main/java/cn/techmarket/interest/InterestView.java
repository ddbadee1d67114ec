package cn.techmarket.interest;

import cn.techmarket.common.Preload;
import cn.techmarket.listing.Listing;
import cn.techmarket.org.Organization;
import cn.techmarket.org.UserProfile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An expression of interest as one side sees it. {@code party} (who is interested and how to reach them) is shown
 * to the listing's owner only once accepted, and always to the interested organization itself; {@code listingContact}
 * (the listing's contact person) only to the interested organization once accepted.
 */
public record InterestView(long id, long listingId, String listingTitle, String listingKind, Org organization,
                           Org listingOrganization, InterestStatus status, String message, DeclineReason declineReason,
                           String decisionNote, OffsetDateTime createdAt, OffsetDateTime decidedAt, Contact party,
                           Contact listingContact, long version) {

    public record Org(long id, String nameZh, String nameEn) {
        static Org of(Long id) {
            Organization o = Organization.findById(id);
            return new Org(id, o == null ? null : o.nameZh, o == null ? null : o.nameEn);
        }
    }

    /** A person to contact: name, phone, e-mail, and their organization's website. */
    public record Contact(String name, String phone, String email, String website) {
    }

    /** Which side is looking: the listing's owner, the interested organization, or neither (audit snapshots). */
    enum Side { OWNER, INTERESTED, NONE }

    /** Loads what the views of a page of interests read, one statement per kind rather than four per row. */
    static List<ExpressionOfInterest> preload(List<ExpressionOfInterest> page) {
        Preload.byIds(Listing.class, page.stream().map(e -> e.listingId).toList());
        Preload.byIds(UserProfile.class, page.stream().map(e -> e.userId).toList());
        Preload.byIds(Organization.class, page.stream().flatMap(e -> java.util.stream.Stream.of(e.orgId, e.listingOrgId))
                .toList());
        return page;
    }

    static InterestView of(ExpressionOfInterest e, Side side) {
        Listing listing = Listing.findById(e.listingId);
        boolean accepted = e.status == InterestStatus.ACCEPTED;
        Contact party = null;
        if ((side == Side.OWNER && accepted) || side == Side.INTERESTED) {
            UserProfile who = UserProfile.findById(e.userId);
            Organization org = Organization.findById(e.orgId);
            party = new Contact(who == null ? null : (who.displayName != null ? who.displayName : who.username),
                    e.contactPhone, who == null ? null : who.email, org == null ? null : org.website);
        }
        Contact listingContact = side == Side.INTERESTED && accepted && listing != null
                ? new Contact(listing.contactName, listing.contactPhone, listing.contactEmail, null) : null;
        return new InterestView(e.id, e.listingId, listing == null ? null : listing.title,
                listing == null ? null : listing.kind.name(), Org.of(e.orgId), Org.of(e.listingOrgId), e.status,
                e.message, e.declineReason, e.decisionNote, e.createdAt, e.decidedAt, party, listingContact, e.version);
    }
}
