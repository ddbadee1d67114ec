package cn.techmarket.listing;

import cn.techmarket.common.Roles;
import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Preload;
import cn.techmarket.org.Organization;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

/** Use cases on needs and results. Every change is audited and announced in its own transaction. */
@ApplicationScoped
public class ListingService {
    static final String AUDIT_TYPE = "listing";
    static final int DEFAULT_VALIDITY_DAYS = 180;
    @Inject
    CurrentUser user;
    @Inject
    ListingRules rules;
    @Inject
    AuditTrail audit;
    @Inject
    Event<ListingChanged> changed;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.inject.Instance<ContactGrants> contactGrants;

    @Transactional
    public ListingView create(ListingKind kind, long organizationId, @Valid ListingForm form) {
        if (!mayPost(kind)) {
            throw new ForbiddenException();
        }
        if (!user.belongsTo(organizationId)) {
            throw new InvalidInputException("organizationId", "{organization.not-member}");
        }
        LocalDate today = LocalDate.now(clock);
        rules.check(kind, form, today);
        Listing listing = new Listing();
        listing.kind = kind;
        listing.ownerOrgId = organizationId;
        listing.ownerUserId = user.profile().id;
        listing.createdAt = OffsetDateTime.now(clock);
        apply(listing, form, today);
        listing.persist();
        return record("listing.created", listing, null);
    }

    @Transactional
    public ListingView update(long id, @Valid ListingForm form) {
        Listing listing = owned(id);
        if (!listing.status.isEditable()) {
            throw new RuleViolation("listing-not-editable", "a " + listing.status + " listing cannot be edited");
        }
        if (form.version() == null) {
            throw new InvalidInputException("version", "{version.required}");
        }
        if (form.version() != listing.version) {
            throw new StaleVersionException(AUDIT_TYPE, id, form.version(), listing.version);
        }
        LocalDate today = LocalDate.now(clock);
        rules.check(listing.kind, form, today);
        ListingView before = full(listing);
        apply(listing, form, today);
        return record("listing.updated", listing, before);
    }

    @Transactional
    public ListingView act(long id, ListingAction action, String reason, LocalDate renewUntil) {
        Listing listing = action.moderation ? moderated(id)
                : action == ListingAction.WITHDRAW && user.isAdmin() ? takenDown(id) : owned(id);
        if (action.needsReason && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "{reason.required}");
        }
        ListingView before = full(listing);
        if (action == ListingAction.RENEW) {
            renew(listing, renewUntil);
        }
        if (action != ListingAction.RENEW || listing.status != ListingStatus.PUBLISHED) {
            listing.act(action, action.needsReason ? reason.strip() : null, OffsetDateTime.now(clock));
        }
        return record("listing." + action.name().toLowerCase(), listing, before);
    }

    /** The scheduler's step: a published listing past its date expires. */
    @Transactional
    public void expire(long id) {
        // locked: a second replica expiring the same listing waits, then finds it no longer published
        Listing listing = Listing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || listing.status != ListingStatus.PUBLISHED) {
            return;
        }
        ListingView before = full(listing);
        listing.moveTo(ListingStatus.EXPIRED, null, OffsetDateTime.now(clock));
        record("listing.expired", listing, before);
    }

    public ListingView view(long id) {
        Listing listing = Listing.findById(id);
        if (listing == null) {
            throw new NotFoundException();
        }
        boolean insider = user.isAdmin() || user.organizationIds().contains(listing.ownerOrgId);
        if (!listing.isPublic() && !insider) {
            throw new NotFoundException();
        }
        boolean granted = !insider && granted(listing.id);
        return ListingView.from(listing, insider || granted || user.isVerifiedMember(), insider || granted, insider);
    }

    private boolean granted(long listingId) {
        List<Long> orgs = user.organizationIds();
        return !orgs.isEmpty() && contactGrants.stream().anyMatch(g -> g.granted(listingId, orgs));
    }

    /** Needs are posted by enterprises; results by researchers and enterprises; the operator may post either. */
    public boolean mayPost(ListingKind kind) {
        return user.isAdmin() || (kind == ListingKind.NEED ? user.hasRole(Roles.ENTERPRISE)
                : user.hasRole(Roles.RESEARCHER) || user.hasRole(Roles.ENTERPRISE));
    }

    /** A listing its owner may edit now (a draft or returned one), as the edit form shows it. */
    public ListingView editable(long id) {
        Listing listing = owned(id);
        if (!listing.status.isEditable()) {
            throw new RuleViolation("listing-not-editable", "a " + listing.status + " listing cannot be edited");
        }
        return full(listing);
    }

    /** How many of the caller's organizations' listings are in each state (the tabs of 我的发布). */
    public java.util.Map<String, Long> mineCounts() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ListingStatus s : ListingStatus.values()) {
            counts.put(s.name(), 0L);
        }
        List<Long> orgs = user.organizationIds();
        if (!orgs.isEmpty()) {
            Listing.getEntityManager().createQuery(
                            "select l.status, count(l) from Listing l where l.ownerOrgId in :orgs group by l.status", Object[].class)
                    .setParameter("orgs", orgs).getResultList()
                    .forEach(row -> counts.put(((ListingStatus) row[0]).name(), (Long) row[1]));
        }
        counts.put("ALL", counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    /**
     * Whether the caller may act on the listing as its owner: a member of the owning organization. The operator is
     * not an owner; it moderates and takes down (下架), which are actions of their own (issue 9).
     */
    public boolean manages(ListingView listing) {
        return user.organizationIds().contains(Long.valueOf(listing.owner().code()));
    }

    /** Whether the operator may take the listing down: it is public and the operator does not own it. */
    public boolean mayTakeDown(ListingView listing) {
        return user.isAdmin() && !manages(listing) && ListingAction.WITHDRAW.appliesTo(listing.status())
                && listing.status() == ListingStatus.PUBLISHED;
    }

    /** 我的发布: the listings of the caller's organizations, any state. */
    public PageResult<ListingView> mine(ListingStatus status, ListingKind kind, PageQuery page) {
        List<Long> orgs = user.organizationIds();
        if (orgs.isEmpty()) {
            return PageResult.of(List.<Listing>of(), page, 0, this::full);
        }
        Parameters params = Parameters.with("orgs", orgs);
        String where = "ownerOrgId in :orgs";
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        if (kind != null) {
            where += " and kind = :kind";
            params.and("kind", kind);
        }
        var query = Listing.<Listing>find(where, Sort.descending("updatedAt").and("id"), params);
        return PageResult.of(withOwners(query.page(Page.of(page.index(), page.size())).list()), page, query.count(),
                this::full);
    }

    /** The moderation queue: submitted listings, oldest first. */
    public PageResult<ListingView> queue(PageQuery page) {
        return queue(new QueueFilter(), page);
    }

    /** The moderation queue narrowed by its filters, oldest first; the total is that of the filtered queue. */
    public PageResult<ListingView> queue(QueueFilter filter, PageQuery page) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
        Parameters params = Parameters.with("status", ListingStatus.SUBMITTED);
        StringBuilder where = new StringBuilder("status = :status");
        if (filter.kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind);
        }
        if (filter.regionPrefix() != null) {
            where.append(" and regionCode like :region");
            params.and("region", filter.regionPrefix() + "%");
        }
        if (filter.org != null) {
            where.append(" and ownerOrgId = :org");
            params.and("org", filter.org);
        }
        if (filter.olderThanDays != null && filter.olderThanDays > 0) {
            where.append(" and updatedAt <= :before");
            params.and("before", OffsetDateTime.now(clock).minusDays(filter.olderThanDays));
        }
        if (filter.words() != null) {
            where.append(" and (lower(title) like :words or lower(summary) like :words)");
            params.and("words", "%" + filter.words().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        var query = Listing.<Listing>find(where.toString(), Sort.ascending("updatedAt").and("id"), params);
        return PageResult.of(withOwners(query.page(Page.of(page.index(), page.size())).list()), page, query.count(), this::full);
    }

    /**
     * Approves or returns several submitted listings at once, each its own audited step; one that is no longer
     * waiting (another operator got there first) is skipped and counted, not an error for the rest.
     */
    public int moderate(List<Long> ids, ListingAction action, String reason) {
        if (!action.moderation) {
            throw new InvalidInputException("action", "{action.required}");
        }
        if (action.needsReason && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "{reason.required}");
        }
        int done = 0;
        for (Long id : ids) {
            try {
                act(id, action, reason, null); // ArC intercepts self-calls: one transaction each
                done++;
            } catch (RuleViolation | NotFoundException e) {
                // already moderated or gone: nothing to do for this one
            }
        }
        return done;
    }

    /** A listing for its owner's actions (edit, submit, reopen, renew, mark dealt, withdraw): members only. */
    private Listing owned(long id) {
        Listing listing = Listing.findById(id);
        if (listing == null) {
            throw new NotFoundException();
        }
        if (!user.organizationIds().contains(listing.ownerOrgId)) {
            if (listing.isPublic()) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
        return listing;
    }

    /** The operator takes down what the public can see; a listing the public cannot see is not there for it. */
    private Listing takenDown(long id) {
        Listing listing = Listing.findById(id);
        if (listing == null || !(listing.isPublic() || user.organizationIds().contains(listing.ownerOrgId))) {
            throw new NotFoundException();
        }
        return listing;
    }

    private Listing moderated(long id) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
        Listing listing = Listing.findById(id);
        if (listing == null) {
            throw new NotFoundException();
        }
        return listing;
    }

    private void renew(Listing listing, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        LocalDate next = until != null ? until : today.plusDays(DEFAULT_VALIDITY_DAYS);
        if (!next.isAfter(today) || next.isAfter(today.plusDays(ListingRules.MAX_VALIDITY_DAYS))) {
            throw new InvalidInputException(List.of(new FieldError("expiresAt", "{expires.range}")));
        }
        if (listing.status != ListingStatus.PUBLISHED && listing.status != ListingStatus.EXPIRED) {
            throw new RuleViolation("listing-invalid-transition", "only published or expired listings are renewed");
        }
        listing.expiresAt = next;
        listing.expiryNotifiedAt = null;
        listing.updatedAt = OffsetDateTime.now(clock);
    }

    private void apply(Listing l, ListingForm f, LocalDate today) {
        l.title = f.title().strip();
        l.summary = f.summary().strip();
        l.details = f.details();
        l.keywords = f.keywords();
        l.industryCode = f.industryCode();
        l.regionCode = f.regionCode();
        l.stage = f.stage();
        l.trl = f.trl();
        l.modes = f.modes() == null || f.modes().isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(f.modes());
        l.priceNegotiable = f.priceNegotiable();
        l.priceMin = f.priceMin();
        l.priceMax = l.kind == ListingKind.RESULT && f.priceMax() == null ? f.priceMin() : f.priceMax();
        boolean need = l.kind == ListingKind.NEED;
        l.problem = need ? f.problem() : null;
        l.targetIndicators = need ? f.targetIndicators() : null;
        l.needClass = need ? f.needClass() : null;
        l.team = need ? null : f.team();
        l.inventors = need ? null : f.inventors();
        l.rightsStatus = need ? null : f.rightsStatus();
        l.rightsConfirmed = need ? null : f.rightsConfirmed();
        l.maturityEvidence = need ? null : f.maturityEvidence();
        l.pricingMethod = need ? null : f.pricingMethod();
        l.applicationFields = need ? null : f.applicationFields();
        l.advantages = need ? null : f.advantages();
        l.ipItems.clear();
        if (!need && f.ipItems() != null) {
            l.ipItems.addAll(f.ipItems());
        }
        l.contactName = f.contactName();
        l.contactPhone = f.contactPhone();
        l.contactEmail = f.contactEmail();
        l.expiresAt = f.expiresAt() != null ? f.expiresAt() : today.plusDays(DEFAULT_VALIDITY_DAYS);
        l.updatedAt = OffsetDateTime.now(clock);
    }

    private ListingView record(String action, Listing listing, ListingView before) {
        Listing.flush();
        ListingView after = full(listing);
        audit.record(action, AUDIT_TYPE, listing.id, before, after);
        changed.fire(new ListingChanged(listing.id));
        return after;
    }

    /** A page of listings with their owners loaded in one statement (the views read one each). */
    private static List<Listing> withOwners(List<Listing> rows) {
        Preload.byIds(Organization.class, rows.stream().map(l -> l.ownerOrgId).toList());
        return rows;
    }

    private ListingView full(Listing listing) {
        return ListingView.from(listing, true, true, true);
    }
}
