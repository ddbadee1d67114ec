package cn.techmarket.broker;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.matching.NeedComplexity;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.reference.ReferenceNames;
import cn.techmarket.reference.Regions;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work queue and who holds which need. A claim is one row keyed by the need, inserted with ON CONFLICT DO
 * NOTHING: of two brokers claiming at once, the database lets exactly one insert through and the other gets 409.
 */
@ApplicationScoped
public class ClaimService {
    static final String AUDIT_TYPE = "need-claim";
    /** The queue ranks at most this many of the newest unclaimed needs (ranking happens in the application). */
    static final int QUEUE_POOL = 500;
    @Inject
    CurrentUser user;
    @Inject
    BrokerService brokers;
    @Inject
    AuditTrail audit;
    @Inject
    Regions regions;
    @Inject
    ReferenceNames names;

    private record Ranked(Listing need, BrokerFit fit, NeedComplexity.Score complexity) {
    }
    @Inject
    Clock clock;

    /**
     * Published needs without a broker: for a broker by fit to their fields and regions, then complexity (the more
     * complex first, since those most need a broker), then the longest waiting; for the operator by complexity.
     */
    public PageResult<QueueItem> queue(PageQuery page) {
        return queue(new QueueFilter(null, null), page);
    }

    /** The open queue's filters: an industry (its sub-industries included) and a region (its districts included). */
    public record QueueFilter(String industry, String region) {
        public QueueFilter {
            industry = industry == null || !industry.matches("[A-Z0-9_]{1,16}") ? null : industry;
            region = region == null || !region.matches("\\d{6}") ? null : region;
        }

        String where() {
            return (industry == null ? "" : " and (l.industryCode = :industry or l.industryCode like :industryPrefix)")
                    + (region == null ? "" : " and l.regionCode like :region");
        }

        io.quarkus.panache.common.Parameters parameters() {
            io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters
                    .with("kind", ListingKind.NEED).and("status", ListingStatus.PUBLISHED);
            if (industry != null) {
                p.and("industry", industry).and("industryPrefix", industry + ".%");
            }
            if (region != null) {
                p.and("region", region.replaceAll("(00)+$", "") + "%");
            }
            return p;
        }
    }

    private static final String UNCLAIMED = """
            from Listing l where l.kind = :kind and l.status = :status
            and not exists (select 1 from NeedClaim c where c.needId = l.id)""";

    /** Every unclaimed need the filter leaves: the queue's true size, though it ranks only the newest QUEUE_POOL. */
    public long unclaimed(QueueFilter filter) {
        return Listing.count(UNCLAIMED + filter.where(), filter.parameters());
    }

    public PageResult<QueueItem> queue(QueueFilter filter, PageQuery page) {
        Optional<BrokerProfile> me = brokers.mine();
        if (me.isEmpty() && !user.isAdmin()) {
            if (brokers.isBroker()) {
                throw new RuleViolation("broker-profile-required", "fill in the broker profile first");
            }
            throw new ForbiddenException();
        }
        List<Listing> needs = Listing.<Listing>find(UNCLAIMED + filter.where() + " order by l.publishedAt desc, l.id desc",
                filter.parameters()).page(0, QUEUE_POOL).list();
        Set<String> coverage = me.map(b -> BrokerFit.coverage(b, regions)).orElse(Set.of());
        // rank on what is computed in memory, then name (and read owners for) only the page shown
        List<Ranked> ranked = needs.stream()
                .map(n -> new Ranked(n, me.map(b -> BrokerFit.of(b, coverage, n)).orElse(null), NeedComplexity.of(n)))
                .sorted(Comparator.<Ranked>comparingDouble(r -> r.fit() == null ? 0 : -r.fit().score())
                        .thenComparingInt(r -> -r.complexity().score())
                        .thenComparing(r -> r.need().publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(r -> r.need().id))
                .toList();
        int from = Math.min(ranked.size(), page.index() * page.size());
        int to = Math.min(ranked.size(), from + page.size());
        return PageResult.of(ranked.subList(from, to), page, ranked.size(),
                r -> QueueItem.of(r.need(), r.fit(), r.complexity(), names));
    }

    @Transactional
    public ClaimView claim(long needId) {
        BrokerProfile me = brokers.requireMine();
        Listing need = claimable(needId);
        int inserted = NeedClaim.getEntityManager().createNativeQuery("""
                        insert into need_claim (need_id, broker_id, claimed_at) values (?1, ?2, ?3)
                        on conflict (need_id) do nothing""")
                .setParameter(1, need.id).setParameter(2, me.id).setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        NeedClaim claim = NeedClaim.findById(needId);
        if (inserted == 0) {
            if (claim != null && claim.brokerId.equals(me.id)) {
                return ClaimView.from(claim);
            }
            throw new RuleViolation("need-already-claimed", "need " + needId + " has a broker");
        }
        ClaimView view = ClaimView.from(claim);
        audit.record("need.claimed", AUDIT_TYPE, needId, null, view);
        return view;
    }

    /** The operator gives a need to a broker, or moves it from one broker to another who has no open deal on it. */
    @Transactional
    public ClaimView assign(long needId, Long brokerId) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
        if (brokerId == null || BrokerProfile.findById(brokerId) == null) {
            throw new InvalidInputException("brokerId", "{broker.unknown}");
        }
        Listing need = claimable(needId);
        NeedClaim claim = NeedClaim.findById(need.id);
        ClaimView before = claim == null ? null : ClaimView.from(claim);
        if (claim == null) {
            claim = new NeedClaim();
            claim.needId = need.id;
        } else if (!claim.brokerId.equals(brokerId)) {
            refuseOpenDeals(claim);
        }
        claim.brokerId = brokerId;
        claim.claimedAt = OffsetDateTime.now(clock);
        claim.assignedBy = user.profile().username;
        claim.persist();
        NeedClaim.flush();
        ClaimView after = ClaimView.from(claim);
        audit.record("need.assigned", AUDIT_TYPE, needId, before, after);
        return after;
    }

    /** The holder (or the operator) gives a need back to the queue, unless deals on it are still open. */
    @Transactional
    public void release(long needId) {
        NeedClaim claim = NeedClaim.findById(needId);
        if (claim == null) {
            throw new NotFoundException();
        }
        boolean mine = brokers.mine().map(b -> b.id.equals(claim.brokerId)).orElse(false);
        if (!mine && !user.isAdmin()) {
            throw new ForbiddenException();
        }
        refuseOpenDeals(claim);
        audit.record("need.released", AUDIT_TYPE, needId, ClaimView.from(claim), null);
        claim.delete();
    }

    /** Who holds a need, for a need the public sees (published or dealt): any other need is not there. */
    public Optional<ClaimView> of(long needId) {
        Listing need = Listing.findById(needId);
        if (need == null || !(need.status == ListingStatus.PUBLISHED || need.status == ListingStatus.DEALT)) {
            return Optional.empty();
        }
        NeedClaim claim = NeedClaim.findById(needId);
        return claim == null ? Optional.empty() : Optional.of(ClaimView.from(claim));
    }

    /** The needs the caller holds, newest claim first; like the profile itself, for brokers only. */
    public List<ClaimView> mine() {
        if (!brokers.isBroker()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return brokers.mine().map(b -> ClaimView.preload(NeedClaim.<NeedClaim>list("brokerId = ?1 order by claimedAt desc", b.id))
                .stream().map(ClaimView::from).toList()).orElse(List.of());
    }

    private static Listing claimable(long needId) {
        Listing need = Listing.findById(needId);
        if (need == null || need.kind != ListingKind.NEED || need.status != ListingStatus.PUBLISHED) {
            if (need != null && need.kind == ListingKind.NEED && need.status == ListingStatus.DEALT) {
                throw new RuleViolation("need-not-claimable", "need " + needId + " is " + need.status);
            }
            throw new NotFoundException();
        }
        return need;
    }

    private static void refuseOpenDeals(NeedClaim claim) {
        long open = Deal.count("needId = ?1 and brokerId = ?2 and stage in ?3", claim.needId, claim.brokerId,
                List.of(DealStage.LEAD, DealStage.DOCKING, DealStage.NEGOTIATION));
        if (open > 0) {
            throw new RuleViolation("claim-has-open-deals", "the broker has open deals on need " + claim.needId);
        }
    }
}
