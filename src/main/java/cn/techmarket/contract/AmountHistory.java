package cn.techmarket.contract;

import cn.techmarket.org.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Appends to contract_amount_history and tells observers (the statistics) in the same transaction, so a summary kept
 * by an observer commits or rolls back with the registration.
 */
@ApplicationScoped
public class AmountHistory {
    @Inject
    Event<ContractRegistryChanged> changed;
    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public AmountRevision append(TechContract c, AmountRevision.Kind kind, LocalDate effectiveOn, String reason) {
        AmountRevision last = AmountRevision.latest(c.id);
        AmountRevision r = new AmountRevision();
        r.contractId = c.id;
        r.revision = last == null ? 0 : last.revision + 1;
        r.kind = kind;
        r.effectiveOn = effectiveOn;
        boolean cancelled = kind == AmountRevision.Kind.CANCELLED;
        r.totalAmount = cancelled ? BigDecimal.ZERO.setScale(2) : c.totalAmount;
        r.techAmount = cancelled ? BigDecimal.ZERO.setScale(2) : c.techAmount();
        r.reason = reason;
        r.recordedAt = OffsetDateTime.now();
        r.recordedBy = user.isSignedIn() ? user.subject() : "system";
        r.persistAndFlush();
        changed.fire(new ContractRegistryChanged(c.id, r.id));
        return r;
    }
}
