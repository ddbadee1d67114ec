package cn.techmarket.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;

/**
 * Loading a voucher for a caller (a voucher the caller may not see is a 404), and giving back what a voucher held
 * when it ends without payment.
 */
@ApplicationScoped
class Vouchers {
    @Inject
    Jurisdiction who;
    @Inject
    Ledger ledger;

    /** Locked for the transaction: every change to a voucher starts here, so the voucher row is always locked first. */
    Voucher locked(long id) {
        Voucher v = Voucher.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null || !visible(v)) {
            throw new NotFoundException();
        }
        return v;
    }

    Voucher read(long id) {
        Voucher v = Voucher.findById(id);
        if (v == null || !visible(v)) {
            throw new NotFoundException();
        }
        return v;
    }

    boolean visible(Voucher v) {
        if (who.admin() || who.holds(v) || who.cityBureauOf(v.holderCity)) {
            return true;
        }
        Programme p = Programme.findById(v.programmeId);
        if (who.issuerOf(p)) {
            return true;
        }
        return !who.orgs().isEmpty() && ServiceOrder.count("voucherId = ?1 and providerOrgId in ?2", v.id, who.orgs()) > 0
                && who.provides(ServiceOrder.<ServiceOrder>find("voucherId = ?1 and providerOrgId in ?2", v.id,
                who.orgs()).firstResult().providerOrgId);
    }

    /** Expiry, void or rejection: the budget gets back what the voucher held, the holder its reserved use. */
    void release(Voucher v) {
        ProgrammeVersion terms = v.terms();
        BigDecimal committed = terms.mode == ProgrammeMode.ADVANCE ? v.faceValue : v.reserved;
        if (v.reserved.signum() > 0) {
            ledger.lockUse(v.holderKey, v.year);
            ledger.addUse(v.holderKey, v.year, v.reserved.negate());
        }
        if (committed.signum() > 0) {
            ledger.settle(v.programmeId, committed, BigDecimal.ZERO);
        }
        ServiceOrder.update("status = ?1 where voucherId = ?2 and status = ?3", ServiceOrder.Status.CANCELLED, v.id,
                ServiceOrder.Status.PROPOSED);
    }
}
