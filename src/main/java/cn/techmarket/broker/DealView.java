package cn.techmarket.broker;

import cn.techmarket.common.Preload;
import cn.techmarket.listing.Listing;
import cn.techmarket.org.UserProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A deal as its broker and the operator see it, with its stage history and the steps open to the broker now. */
public record DealView(long id, String title, DealStage stage, OffsetDateTime stageEnteredAt, Named need,
                       List<Named> results, List<Party> parties, Named broker, Commission commission,
                       BigDecimal amount, LocalDate signedOn, OffsetDateTime registeredAt, String contractRef,
                       TerminationReason terminationReason, String terminationNote, List<Stay> history,
                       List<DealStage> nextStages, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record Party(Named organization, DealParty.Role role) {
    }

    public record Commission(CommissionKind kind, BigDecimal rate, BigDecimal amount, Integer years, BigDecimal due) {
    }

    public record Stay(DealStage stage, OffsetDateTime enteredAt, OffsetDateTime leftAt) {
    }

    static DealView from(Deal d) {
        return from(d, DealStageStay.of(d.id));
    }

    private static DealView from(Deal d, List<DealStageStay> stays) {
        BrokerProfile b = BrokerProfile.findById(d.brokerId);
        UserProfile u = b == null ? null : UserProfile.findById(b.userId);
        return new DealView(d.id, d.title, d.stage, d.stageEnteredAt, listing(d.needId),
                d.resultIds.stream().sorted().map(DealView::listing).toList(),
                d.parties.stream().sorted(Comparator.comparing((DealParty p) -> p.role)
                                .thenComparing(p -> p.organizationId)).map(p -> new Party(Named.organization(p.organizationId), p.role)).toList(),
                new Named(String.valueOf(d.brokerId), u == null ? null : u.displayName != null ? u.displayName : u.username,
                        u == null ? null : u.username),
                d.commissionKind == null ? null
                        : new Commission(d.commissionKind, d.commissionRate, d.commissionAmount, d.commissionYears, d.commissionDue()),
                d.amount, d.signedOn, d.registeredAt, d.contractRef, d.terminationReason, d.terminationNote,
                stays.stream().map(s -> new Stay(s.stage, s.enteredAt, s.leftAt)).toList(),
                Arrays.stream(DealStage.values()).filter(d.stage::brokerMayMoveTo).toList(),
                d.createdAt, d.updatedAt, d.version);
    }

    /**
     * The views of a page of deals: what they refer to is loaded one statement per kind, and their stage histories
     * in one statement, rather than several per row.
     */
    static java.util.function.Function<Deal, DealView> forPage(List<Deal> deals) {
        preload(deals);
        java.util.Map<Long, List<DealStageStay>> stays = DealStageStay.ofDeals(deals.stream().map(d -> d.id).toList());
        return d -> from(d, stays.getOrDefault(d.id, List.of()));
    }

    private static void preload(List<Deal> deals) {
        Preload.byIds(BrokerProfile.class, deals.stream().map(d -> d.brokerId).toList());
        Preload.byIds(UserProfile.class, deals.stream().map(d -> BrokerProfile.<BrokerProfile>findById(d.brokerId))
                .filter(java.util.Objects::nonNull).map(b -> b.userId).toList());
        Preload.byIds(Listing.class, deals.stream().flatMap(d -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(d.needId), d.resultIds.stream())).toList());
        Preload.byIds(cn.techmarket.org.Organization.class, deals.stream()
                .flatMap(d -> d.parties.stream().map(p -> p.organizationId)).toList());
    }

    /** The funnel's stages in order, for the page's step list. */
    public List<DealStage> funnel() {
        return List.of(DealStage.FUNNEL);
    }

    private static Named listing(Long id) {
        Listing l = Listing.findById(id);
        return new Named(String.valueOf(id), l == null ? null : l.title, null);
    }
}
