package cn.techmarket.interest;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.inbox.Inbox;
import cn.techmarket.inbox.NotificationKind;
import cn.techmarket.interest.InterestView.Side;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.Organization;
import cn.techmarket.org.Verification;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Expressions of interest: a verified organization's member expresses it on another organization's published
 * listing; the owner accepts (contacts open to both sides) or declines with a reason; the interested side may
 * withdraw while it is open. Every change is audited in its transaction and announced in the other side's inbox.
 */
@ApplicationScoped
public class InterestService {
    static final String AUDIT_TYPE = "interest";
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Inbox inbox;

    @Transactional
    public InterestView express(long listingId, @Valid InterestForm form) {
        Listing listing = Listing.findById(listingId);
        if (listing == null) {
            throw new NotFoundException();
        }
        boolean insider = user.belongsTo(listing.ownerOrgId);
        if (listing.status != ListingStatus.PUBLISHED) {
            if (insider) {
                throw new RuleViolation("interest-listing-not-published", "only a published listing takes interest");
            }
            throw new NotFoundException();
        }
        long orgId = interestedOrg(form.organizationId(), listing.ownerOrgId);
        if (orgId == listing.ownerOrgId) {
            throw new RuleViolation("interest-own-listing", "an organization cannot express interest in its own listing");
        }
        if (ExpressionOfInterest.live(listingId, orgId).isPresent()) {
            throw new RuleViolation("interest-exists", "this organization already has an open or accepted interest");
        }
        ExpressionOfInterest e = new ExpressionOfInterest();
        e.listingId = listingId;
        e.listingOrgId = listing.ownerOrgId;
        e.orgId = orgId;
        e.userId = user.profile().id;
        e.message = form.message().strip();
        e.contactPhone = form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone().strip();
        e.createdAt = OffsetDateTime.now(clock);
        e.updatedAt = e.createdAt;
        try {
            e.persist();
            ExpressionOfInterest.flush();
        } catch (org.hibernate.exception.ConstraintViolationException race) {
            // a concurrent request of the same organization won the partial unique index
            throw new RuleViolation("interest-exists", "this organization already has an open or accepted interest");
        }
        audit.record("interest.expressed", AUDIT_TYPE, e.id, null, InterestView.of(e, Side.NONE));
        Organization org = Organization.findById(orgId);
        notifyOrg(listing.ownerOrgId, NotificationKind.INTEREST_RECEIVED, e, listing.title,
                org.nameZh + "：" + e.message, "/interests/received/" + listingId);
        return InterestView.of(e, Side.INTERESTED);
    }

    @Transactional
    public InterestView decide(long id, @Valid DecisionForm form) {
        ExpressionOfInterest e = visible(id);
        if (!user.isMemberOf(e.listingOrgId)) {
            throw new ForbiddenException();
        }
        if (form.decision() == Decision.DECLINE && form.reason() == null) {
            throw new InvalidInputException("reason", "{interest.reason.required}");
        }
        if (form.decision() == Decision.DECLINE && form.reason() == DeclineReason.OTHER
                && (form.note() == null || form.note().isBlank())) {
            throw new InvalidInputException("note", "{interest.note.required}");
        }
        InterestView before = InterestView.of(e, Side.NONE);
        e.decide(form.decision(), form.reason(), form.note(), user.profile().id, OffsetDateTime.now(clock));
        ExpressionOfInterest.flush();
        boolean accepted = e.status == InterestStatus.ACCEPTED;
        audit.record(accepted ? "interest.accepted" : "interest.declined", AUDIT_TYPE, e.id, before,
                InterestView.of(e, Side.NONE));
        Listing listing = Listing.findById(e.listingId);
        inbox.deliver(e.userId, accepted ? NotificationKind.INTEREST_ACCEPTED : NotificationKind.INTEREST_DECLINED,
                "interest:" + e.id + ":decided", e.listingId, listing.title, e.decisionNote, "/interests/mine");
        return InterestView.of(e, Side.OWNER);
    }

    @Transactional
    public InterestView withdraw(long id) {
        ExpressionOfInterest e = visible(id);
        if (!user.isMemberOf(e.orgId)) {
            throw new ForbiddenException();
        }
        InterestView before = InterestView.of(e, Side.NONE);
        e.withdraw(OffsetDateTime.now(clock));
        ExpressionOfInterest.flush();
        audit.record("interest.withdrawn", AUDIT_TYPE, e.id, before, InterestView.of(e, Side.NONE));
        Listing listing = Listing.findById(e.listingId);
        notifyOrg(e.listingOrgId, NotificationKind.INTEREST_WITHDRAWN, e, listing.title, null,
                "/interests/received/" + e.listingId);
        return InterestView.of(e, Side.INTERESTED);
    }

    public InterestView get(long id) {
        ExpressionOfInterest e = visible(id);
        return InterestView.of(e, side(e));
    }

    /** The interests a listing received, for its owner (and the operator), newest first. */
    public PageResult<InterestView> received(long listingId, PageQuery page) {
        Listing listing = Listing.findById(listingId);
        if (listing == null) {
            throw new NotFoundException();
        }
        if (!user.belongsTo(listing.ownerOrgId)) {
            if (listing.status == ListingStatus.PUBLISHED) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
        var query = ExpressionOfInterest.<ExpressionOfInterest>find("listingId", Sort.descending("createdAt", "id"), listingId);
        return PageResult.of(InterestView.preload(query.page(Page.of(page.index(), page.size())).list()), page,
                query.count(),
                e -> InterestView.of(e, Side.OWNER));
    }

    /** 我的意向: the interests the caller's organizations expressed, newest first. */
    public PageResult<InterestView> mine(PageQuery page) {
        List<Long> orgs = user.organizationIds();
        if (orgs.isEmpty()) {
            return PageResult.of(List.<ExpressionOfInterest>of(), page, 0, e -> InterestView.of(e, Side.INTERESTED));
        }
        var query = ExpressionOfInterest.<ExpressionOfInterest>find("orgId in ?1", Sort.descending("createdAt", "id"), orgs);
        return PageResult.of(InterestView.preload(query.page(Page.of(page.index(), page.size())).list()), page,
                query.count(),
                e -> InterestView.of(e, Side.INTERESTED));
    }

    /** What the listing page offers the caller about interests (see {@link InterestPanel}). */
    InterestPanel.State state(long listingId) {
        Listing listing = Listing.findById(listingId);
        if (listing == null || !user.isSignedIn()) {
            return InterestPanel.State.ANONYMOUS;
        }
        List<Long> orgs = user.organizationIds();
        if (orgs.contains(listing.ownerOrgId) || user.isAdmin()) {
            long open = ExpressionOfInterest.count("listingId = ?1 and status = ?2", listingId, InterestStatus.OPEN);
            long all = ExpressionOfInterest.count("listingId", listingId);
            return new InterestPanel.State(true, false, List.of(), List.of(), open, all);
        }
        List<InterestView> own = orgs.isEmpty() ? List.of() : ExpressionOfInterest.<ExpressionOfInterest>list(
                "listingId = ?1 and orgId in ?2 order by createdAt desc", listingId, orgs).stream()
                .map(e -> InterestView.of(e, Side.INTERESTED)).toList();
        List<InterestView.Org> eligible = listing.status != ListingStatus.PUBLISHED ? List.of()
                : Membership.ofUser(user.profile()).stream()
                .filter(m -> m.organization.verification == Verification.VERIFIED)
                .filter(m -> own.stream().noneMatch(v -> v.organization().id() == m.organization.id && v.status().isLive()))
                .map(m -> new InterestView.Org(m.organization.id, m.organization.nameZh, m.organization.nameEn)).toList();
        return new InterestPanel.State(false, true, eligible, own, 0, 0);
    }

    private long interestedOrg(Long requested, long ownerOrgId) {
        List<Membership> verified = Membership.ofUser(user.profile()).stream()
                .filter(m -> m.organization.verification == Verification.VERIFIED).toList();
        if (verified.isEmpty()) {
            throw new ForbiddenException();
        }
        if (requested == null) {
            return verified.stream().map(m -> m.organization.id).filter(id -> id != ownerOrgId).findFirst()
                    .orElse(ownerOrgId);
        }
        if (verified.stream().noneMatch(m -> m.organization.id.equals(requested))) {
            throw new InvalidInputException("organizationId", "{interest.org.not-verified-member}");
        }
        return requested;
    }

    /** The interest if the caller is on either side of it (or the operator); otherwise it does not exist. */
    private ExpressionOfInterest visible(long id) {
        ExpressionOfInterest e = ExpressionOfInterest.findById(id);
        if (e == null || !(user.belongsTo(e.listingOrgId) || user.belongsTo(e.orgId))) {
            throw new NotFoundException();
        }
        return e;
    }

    private Side side(ExpressionOfInterest e) {
        return user.organizationIds().contains(e.orgId) ? Side.INTERESTED : Side.OWNER;
    }

    private void notifyOrg(long orgId, NotificationKind kind, ExpressionOfInterest e, String title, String body, String link) {
        for (Membership m : Membership.inOrganization(orgId)) {
            inbox.deliver(m.user.id, kind, "interest:" + e.id + ":" + kind.name().toLowerCase(), e.listingId, title, body, link);
        }
    }
}
