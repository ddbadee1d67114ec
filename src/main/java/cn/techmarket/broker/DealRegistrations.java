package cn.techmarket.broker;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The other half of the seam to contract registration: when a signed deal's contract is registered, the contract
 * feature calls {@link #registered}; that is the only way a deal becomes 已登记. Brokers cannot set it.
 */
@ApplicationScoped
public class DealRegistrations {
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    @ActivateRequestContext
    public void registered(long dealId, String contractRef) {
        if (contractRef == null || contractRef.isBlank() || contractRef.length() > 64) {
            throw new IllegalArgumentException("a contract reference of 1–64 characters is required");
        }
        Deal deal = Deal.findById(dealId);
        if (deal == null) {
            throw new NotFoundException();
        }
        if (deal.stage != DealStage.SIGNED) {
            throw new RuleViolation("deal-invalid-transition", "only a signed deal is registered, not " + deal.stage);
        }
        DealView before = DealView.from(deal);
        OffsetDateTime now = OffsetDateTime.now(clock);
        deal.moveTo(DealStage.REGISTERED, now);
        deal.registeredAt = now;
        deal.contractRef = contractRef.strip();
        Deal.flush();
        audit.record("deal.registered", DealService.AUDIT_TYPE, deal.id, before, DealView.from(deal));
    }
}
