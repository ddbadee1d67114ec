package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Corrections 更正/追回 of paid vouchers, booked by the programme's issuer: a negative line with the reason, the
 * programme's budget and the holder's cap for the voucher's year restored by the amount, and for a cross-city payment
 * negative settlement lines (in the first open month from the payment's on). Nothing paid is edited.
 */
@ApplicationScoped
public class Corrections {
    @Inject
    Jurisdiction who;
    @Inject
    Vouchers vouchers;
    @Inject
    Ledger ledger;
    @Inject
    Settlement settlement;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    /** A booked correction as the API shows it and the audit records it. */
    public record View(long id, long voucherId, BigDecimal amount, String reason, OffsetDateTime bookedAt,
                       String bookedBy, List<Settlement.Line> settlementLines) {
    }

    @Transactional
    public View book(long voucherId, VoucherForms.Correction form) {
        Voucher v = vouchers.locked(voucherId);
        Programme p = Programme.findById(v.programmeId);
        if (!who.issuerOf(p)) {
            throw new ForbiddenException();
        }
        VoucherView before = VoucherView.of(v);
        BigDecimal amount = form.amount();
        v.correct(amount);
        // lock order as everywhere: voucher (above), holder use, programme
        ledger.lockUse(v.holderKey, v.year);
        ledger.addUse(v.holderKey, v.year, amount.negate());
        ledger.settle(v.programmeId, BigDecimal.ZERO, amount.negate());
        Correction c = new Correction();
        c.voucherId = v.id;
        c.amount = amount.negate();
        c.reason = form.reason().strip();
        c.bookedAt = OffsetDateTime.now();
        c.bookedBy = who.subject();
        c.persist();
        List<Settlement.Line> lines = settlement.correct(v, p, v.terms(), ServiceOrder.findById(v.orderId), amount);
        em.flush();
        View view = new View(c.id, v.id, c.amount, c.reason, c.bookedAt, c.bookedBy, lines);
        audit.record("voucher.corrected", VoucherService.AUDIT_TYPE, v.id, before,
                Map.of("voucher", VoucherView.of(v), "correction", view));
        return view;
    }

    /** The voucher's corrections, oldest first, for whoever may see the voucher. */
    public List<View> of(long voucherId) {
        vouchers.read(voucherId);
        return Correction.<Correction>list("voucherId = ?1 order by id", voucherId).stream()
                .map(c -> new View(c.id, c.voucherId, c.amount, c.reason, c.bookedAt, c.bookedBy, List.of())).toList();
    }
}
