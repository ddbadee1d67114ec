package cn.techmarket.importing;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A job lives in the memory of the instance that took the upload; if that instance stops, the job stops with it.
 * Its progress row then stops moving, and this sweep marks it failed so that nobody waits for it forever (a queued
 * job is given longer: it may be waiting its turn behind others). Rows imported before the stop stay imported: each
 * committed on its own. Every kind's job table is swept (every entity extending {@link ImportJob}). Safe to run on
 * every instance at once: each is one conditional UPDATE, so a job is failed once.
 */
@ApplicationScoped
public class StaleImports {
    @Inject
    ImportConfig config;
    @Inject
    Clock clock;

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void sweep() {
        sweepNow();
    }

    /** Answers how many jobs this call marked failed. */
    @Transactional
    public int sweepNow() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        EntityManager em = Panache.getEntityManager();
        return em.getMetamodel().getEntities().stream()
                .filter(type -> ImportJob.class.isAssignableFrom(type.getJavaType()))
                .mapToInt(type -> fail(em, type.getName(), ImportJob.Status.RUNNING, now, now.minus(config.staleAfter()))
                        + fail(em, type.getName(), ImportJob.Status.QUEUED, now, now.minus(config.queuedTimeout())))
                .sum();
    }

    private static int fail(EntityManager em, String entity, ImportJob.Status status, OffsetDateTime now,
                             OffsetDateTime lastMovedBefore) {
        return em.createQuery("update " + entity + " set status = ?1, failure = ?2, finishedAt = ?3, updatedAt = ?3"
                        + " where status = ?4 and updatedAt < ?5")
                .setParameter(1, ImportJob.Status.FAILED).setParameter(2, "import.job.interrupted")
                .setParameter(3, now).setParameter(4, status).setParameter(5, lastMovedBefore).executeUpdate();
    }
}
