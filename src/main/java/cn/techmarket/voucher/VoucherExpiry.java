package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Vouchers past their validity that were never submitted lapse, and what they held goes back. Safe to run twice
 * or on two instances at once: each batch takes its rows with FOR UPDATE SKIP LOCKED and re-checks the status under
 * the lock, so a voucher is expired and released exactly once, and never while an order is reserving it.
 */
@ApplicationScoped
public class VoucherExpiry {
    private static final Logger LOG = Logger.getLogger(VoucherExpiry.class);
    private static final int BATCH = 200;
    @Inject
    EntityManager em;
    @Inject
    Vouchers vouchers;
    @Inject
    AuditTrail audit;

    @Scheduled(every = "{techmarket.voucher.expiry-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scheduled() {
        int total = run();
        if (total > 0) {
            LOG.infof("voucher expiry: %d vouchers expired", total);
        }
    }

    /** Expires everything due; answers how many this call expired. */
    public int run() {
        int total = 0;
        int n;
        do {
            n = batch();
            total += n;
        } while (n == BATCH);
        return total;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    int batch() {
        List<Long> due = em.createNativeQuery("""
                select id from voucher where status in ('ISSUED','PLEDGED','RESERVED') and expires_at <= now()
                order by id limit ?1 for update skip locked""", Long.class).setParameter(1, BATCH).getResultList();
        for (Long id : due) {
            Voucher v = Voucher.findById(id);
            Map<String, Object> before = Map.of("status", v.status, "faceValue", v.faceValue, "reserved", v.reserved);
            v.moveTo(VoucherStatus.EXPIRED);
            vouchers.release(v);
            em.flush();
            audit.record("voucher.expired", VoucherService.AUDIT_TYPE, v.id, before, VoucherView.of(v));
        }
        return due.size();
    }
}
