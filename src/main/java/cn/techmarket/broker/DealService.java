package cn.techmarket.broker;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.org.CurrentUser;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Deals and their docking log. A broker sees and changes only their own deals (others' are 404); the operator sees
 * all. Every change is audited in its transaction; signing fires {@link DealSigned}.
 */
@ApplicationScoped
public class DealService {
    static final String AUDIT_TYPE = "deal";
    private static final EnumSet<ListingStatus> OFFERABLE = EnumSet.of(ListingStatus.PUBLISHED, ListingStatus.DEALT);
    @Inject
    CurrentUser user;
    @Inject
    BrokerService brokers;
    @Inject
    AuditTrail audit;
    @Inject
    Event<DealSigned> signed;
    @Inject
    Clock clock;

    @Transactional
    public DealView open(@Valid DealForm form) {
        BrokerProfile me = brokers.requireMine();
        NeedClaim claim = NeedClaim.findById(form.needId());
        if (claim == null || !claim.brokerId.equals(me.id)) {
            throw new RuleViolation("need-not-held", "claim need " + form.needId() + " before opening a deal on it");
        }
        Listing need = Listing.findById(form.needId());
        List<FieldError> errors = new ArrayList<>();
        List<Listing> results = new ArrayList<>();
        for (int i = 0; i < form.resultIds().size(); i++) {
            Listing r = Listing.findById(form.resultIds().get(i));
            if (r == null || r.kind != ListingKind.RESULT || !OFFERABLE.contains(r.status)) {
                errors.add(new FieldError("resultIds[" + i + "]", "{broker.result.unknown}"));
            } else {
                results.add(r);
            }
        }
        if (form.commission() != null) {
            errors.addAll(form.commission().errors("commission."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Deal deal = new Deal();
        deal.needId = need.id;
        deal.brokerId = me.id;
        deal.title = form.title().strip();
        deal.stage = DealStage.LEAD;
        deal.stageEnteredAt = now;
        deal.createdAt = now;
        deal.updatedAt = now;
        deal.parties.add(new DealParty(need.ownerOrgId, DealParty.Role.DEMAND));
        for (Listing r : results) {
            deal.resultIds.add(r.id);
            deal.parties.add(new DealParty(r.ownerOrgId, DealParty.Role.SUPPLY));
        }
        if (form.commission() != null) {
            form.commission().applyTo(deal);
        }
        deal.persist();
        DealStageStay.enter(deal.id, DealStage.LEAD, now);
        return record("deal.opened", deal, null);
    }

    public DealView view(long id) {
        return DealView.from(visible(id));
    }

    /** The caller's deals (all deals for the operator), optionally in one stage, most recently changed first. */
    public PageResult<DealView> mine(DealStage stage, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (!user.isAdmin()) {
            BrokerProfile me = brokers.requireMine();
            params.add(me.id);
            where.append(" and brokerId = ?").append(params.size());
        }
        if (stage != null) {
            params.add(stage);
            where.append(" and stage = ?").append(params.size());
        }
        var query = Deal.<Deal>find(where.toString(), Sort.descending("updatedAt").and("id", Sort.Direction.Descending),
                params.toArray());
        List<Deal> rows = query.page(Page.of(page.index(), page.size())).list();
        return PageResult.of(rows, page, query.count(), DealView.forPage(rows));
    }

    @Transactional
    public DealView transition(long id, @Valid TransitionForm form) {
        Deal deal = owned(id);
        checkVersion(deal, form.version());
        DealView before = DealView.from(deal);
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (form.to()) {
            case SIGNED -> deal.sign(form.amount(), form.signedOn(), LocalDate.now(clock), now);
            case TERMINATED -> deal.terminate(form.reason(), BrokerService.blankToNull(form.note()), now);
            default -> deal.advance(form.to(), now);
        }
        DealView after = record("deal." + form.to().name().toLowerCase(), deal, before);
        if (form.to() == DealStage.SIGNED) {
            signed.fire(DealSigned.of(deal));
        }
        return after;
    }

    @Transactional
    public DealView commission(long id, @Valid CommissionForm form) {
        Deal deal = owned(id);
        checkVersion(deal, form.version());
        if (!deal.stage.isOpen()) {
            throw new RuleViolation("deal-closed", "the terms of a " + deal.stage + " deal are fixed");
        }
        List<FieldError> errors = form.errors("");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DealView before = DealView.from(deal);
        form.applyTo(deal);
        deal.updatedAt = OffsetDateTime.now(clock);
        return record("deal.commission", deal, before);
    }

    /** Whether the caller may change the deal (its broker), as opposed to only seeing it (the operator). */
    public boolean carries(DealView deal) {
        return brokers.mine().map(b -> String.valueOf(b.id).equals(deal.broker().code())).orElse(false);
    }

    Deal visible(long id) {
        Deal deal = Deal.findById(id);
        if (deal == null) {
            throw new NotFoundException();
        }
        if (user.isAdmin()) {
            return deal;
        }
        boolean mine = brokers.mine().map(b -> b.id.equals(deal.brokerId)).orElse(false);
        if (!mine) {
            throw new NotFoundException();
        }
        return deal;
    }

    /** Only the deal's broker changes it; anyone else (the operator too) gets 404 or 403. */
    Deal owned(long id) {
        Deal deal = visible(id);
        boolean mine = brokers.mine().map(b -> b.id.equals(deal.brokerId)).orElse(false);
        if (!mine) {
            throw new ForbiddenException();
        }
        return deal;
    }

    private static void checkVersion(Deal deal, Long version) {
        if (version != null && version != deal.version) {
            throw new StaleVersionException(AUDIT_TYPE, deal.id, version, deal.version);
        }
    }

    private DealView record(String action, Deal deal, DealView before) {
        Deal.flush();
        DealView after = DealView.from(deal);
        audit.record(action, AUDIT_TYPE, deal.id, before, after);
        return after;
    }
}
