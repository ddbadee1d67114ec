package cn.techmarket.listing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Daily: tells owners a week before a published listing expires (once), and expires those past their date.
 * The notice lands in the audit trail as listing.expiry-notice; the inbox and e-mail arrive with the matching issue.
 * Safe when every replica runs it at once: each notice and each expiry happens once.
 */
@ApplicationScoped
public class ListingExpiry {
    private static final Logger LOG = Logger.getLogger(ListingExpiry.class);
    static final int NOTICE_DAYS = 7;
    @Inject
    ListingService listings;
    @Inject
    cn.techmarket.audit.AuditTrail audit;
    @Inject
    Clock clock;

    @Scheduled(cron = "{techmarket.listing.expiry-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void run() {
        LocalDate today = LocalDate.now(clock);
        int noticed = notifyOwners(today);
        // ids, not entities: each expiry runs in its own transaction and must load the listing there
        List<Long> due = Listing.<Listing>list("status = ?1 and expiresAt < ?2", ListingStatus.PUBLISHED, today)
                .stream().map(l -> l.id).toList();
        for (long id : due) {
            try {
                listings.expire(id);
            } catch (RuntimeException e) {
                LOG.warnf("listing %d not expired this round: %s", id, e.toString());
            }
        }
        LOG.infof("listing expiry: %d owners told, %d listings expired", noticed, due.size());
    }

    /**
     * The listings due a notice are claimed with SKIP LOCKED: another replica running the job at the same moment
     * skips the ones this one holds, and once this one commits they carry expiryNotifiedAt and no longer qualify.
     */
    @Transactional
    int notifyOwners(LocalDate today) {
        List<Listing> soon = Listing.<Listing>find("status = ?1 and expiresAt <= ?2 and expiresAt >= ?3 and expiryNotifiedAt is null",
                        ListingStatus.PUBLISHED, today.plusDays(NOTICE_DAYS), today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .list();
        for (Listing listing : soon) {
            listing.expiryNotifiedAt = OffsetDateTime.now(clock);
            audit.record("listing.expiry-notice", ListingService.AUDIT_TYPE, listing.id, null,
                    java.util.Map.of("ownerOrgId", listing.ownerOrgId, "ownerUserId", listing.ownerUserId,
                            "expiresAt", listing.expiresAt.toString()));
        }
        return soon.size();
    }
}
