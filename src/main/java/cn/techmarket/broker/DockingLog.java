package cn.techmarket.broker;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A deal's docking log (对接记录): its broker adds entries; the broker and the operator read them. Audited on the deal. */
@ApplicationScoped
public class DockingLog {
    @Inject
    DealService deals;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public DockingView add(long dealId, @Valid DockingForm form) {
        Deal deal = deals.owned(dealId);
        if (deal.stage == DealStage.TERMINATED) {
            throw new RuleViolation("deal-closed", "a terminated deal takes no more docking records");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (form.occurredAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            errors.add(new FieldError("occurredAt", "{broker.date.past}"));
        }
        if (form.nextStepDue() != null && BrokerService.blankToNull(form.nextStep()) == null) {
            errors.add(new FieldError("nextStep", "{broker.docking.next.required}"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DockingRecord r = new DockingRecord();
        r.dealId = deal.id;
        r.brokerId = deal.brokerId;
        r.kind = form.kind();
        r.occurredAt = form.occurredAt();
        r.parties = form.parties().strip();
        r.notes = form.notes().strip();
        r.nextStep = BrokerService.blankToNull(form.nextStep());
        r.nextStepDue = form.nextStepDue();
        r.createdAt = now;
        r.persist();
        DockingView view = DockingView.from(r);
        audit.record("deal.docking", DealService.AUDIT_TYPE, deal.id, null, view);
        return view;
    }

    public List<DockingView> of(long dealId) {
        deals.visible(dealId);
        return DockingRecord.<DockingRecord>list("dealId = ?1 order by occurredAt desc, id desc", dealId).stream()
                .map(DockingView::from).toList();
    }
}
