package cn.techmarket.listing.importing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * A job lives in the memory of the instance that took the upload; if that instance stops, the job stops with it.
 * Its progress row then stops moving, and this sweep marks it failed so that nobody waits for it forever (a queued
 * job is given longer: it may be waiting its turn behind others). Rows
 * imported before the stop stay imported: each committed on its own. Safe to run on every instance at once.
 */
@ApplicationScoped
class StaleImports {
    @Inject
    ImportConfig config;

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        OffsetDateTime now = OffsetDateTime.now();
        fail(ListingImport.Status.RUNNING, now, now.minus(config.staleAfter()));
        fail(ListingImport.Status.QUEUED, now, now.minus(config.queuedTimeout()));
    }

    private static void fail(ListingImport.Status status, OffsetDateTime now, OffsetDateTime lastMovedBefore) {
        ListingImport.update("status = ?1, failure = ?2, finishedAt = ?3, updatedAt = ?3 where status = ?4 and updatedAt < ?5",
                ListingImport.Status.FAILED, "import.job.interrupted", now, status, lastMovedBefore);
    }
}
