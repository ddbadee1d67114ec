package cn.techmarket;

import cn.techmarket.importing.StaleImports;
import cn.techmarket.matching.EmbeddingWorker;
import cn.techmarket.queue.WorkQueue;
import cn.techmarket.search.IndexWorker;
import cn.techmarket.search.Reindexer;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Replicas;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every replica runs every @Scheduled job and background runner at once. Each is safe by one of three designs
 * (docs/architecture.md, "Background work on several replicas"): rows claimed with FOR UPDATE SKIP LOCKED, a
 * PostgreSQL advisory lock, or a conditional update that only one caller can win. The tests below run each job from
 * two threads released together (Replicas.runTwoAtOnce) against the real database and show the work done once; the
 * first test fails when a new @Scheduled method or executor-holding class has no such test in {@link #COVERED}.
 */
@QuarkusTest
class ReplicaSafetyTest {
    /** Job (class#method, or class for an executor it holds) → the test that runs it as two replicas. */
    static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("listing.ListingExpiry#run",
                    "listing.ListingExpiryTest#two_replicas_running_the_job_at_once_notify_and_expire_each_listing_once"),
            Map.entry("voucher.VoucherExpiry#scheduled",
                    "voucher.VoucherLifeTest#two_replicas_expiring_at_once_expire_each_voucher_once"),
            Map.entry("inbox.MailSender#send", "ReplicaSafetyTest#two_replicas_send_each_mail_once"),
            Map.entry("search.IndexWorker#drain", "ReplicaSafetyTest#two_replicas_claim_disjoint_rows_of_every_work_queue"),
            Map.entry("search.IndexWorker", "ReplicaSafetyTest#two_replicas_claim_disjoint_rows_of_every_work_queue"),
            Map.entry("subscription.SubscriptionWorker#drain",
                    "ReplicaSafetyTest#two_replicas_claim_disjoint_rows_of_every_work_queue"),
            Map.entry("matching.EmbeddingWorker#run", "ReplicaSafetyTest#two_replicas_embed_each_listing_once"),
            Map.entry("importing.StaleImports#sweep", "ReplicaSafetyTest#two_replicas_fail_a_stale_import_once"),
            Map.entry("importing.ImportRunner", "importing.ImportRunnerReplicasTest#a_job_started_by_two_runners_at_once_imports_each_row_once"),
            Map.entry("search.Reindexer", "ReplicaSafetyTest#two_replicas_asked_to_rebuild_at_once_rebuild_once"));

    @Inject
    EntityManager em;
    @Inject
    MockMailbox mailbox;

    @Test
    void every_scheduled_job_and_background_runner_has_a_two_replica_test() throws Exception {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.techmarket");
        Set<String> jobs = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getName().substring("cn.techmarket.".length());
            type.getMethods().stream().filter(m -> m.isAnnotatedWith("io.quarkus.scheduler.Scheduled"))
                    .forEach(m -> jobs.add(name + "#" + m.getName()));
            boolean runsExecutor = type.getFields().stream().anyMatch(f -> f.getRawType().isAssignableTo(
                    java.util.concurrent.Executor.class));
            if (runsExecutor) {
                jobs.add(name);
            }
        }
        assertThat(jobs).as("background jobs found").contains("listing.ListingExpiry#run", "search.Reindexer");
        assertThat(COVERED.keySet()).as("jobs without a two-replica test (add one and a row to COVERED)")
                .containsAll(jobs);
        for (String test : COVERED.values()) {
            String[] parts = test.split("#");
            Class<?> testClass = Class.forName("cn.techmarket." + parts[0]);
            assertThat(testClass.getDeclaredMethod(parts[1]).isAnnotationPresent(Test.class)).as(test).isTrue();
        }
    }

    @Test
    void two_replicas_send_each_mail_once() throws Exception {
        String marker = "replica-mail-" + System.nanoTime();
        Listings.verifiedOrgOf("enterprise"); // signs the user in once, so that its profile (with its e-mail) exists
        long user = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from user_profile where username = 'enterprise'").getSingleResult()).longValue());
        String email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from user_profile where id = ?1").setParameter(1, user).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into notification (user_id, kind, dedup_key, title, link, mail_after)
                        select ?1, 'SAVED_SEARCH', ?2 || n, ?2 || ' ' || n, '/inbox', now() + interval '1 hour'
                        from generate_series(1, 20) n""").setParameter(1, user).setParameter(2, marker).executeUpdate());
        // due only now, so that both replicas find all twenty at once
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update notification set mail_after = now() where dedup_key like ?1").setParameter(1, marker + "%").executeUpdate());
        Object sender = bean(Class.forName("cn.techmarket.inbox.MailSender")); // package-private, as the scheduler sees it
        Replicas.runTwoAtOnce(() -> invoke(sender, "send"));
        long sent = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notification where dedup_key like ?1 and mail_status = 'SENT'")
                .setParameter(1, marker + "%").getSingleResult()).longValue());
        assertThat(sent).isEqualTo(20);
        List<String> subjects = mailbox.getMailsSentTo(email).stream().map(m -> m.getSubject())
                .filter(s -> s.contains(marker)).toList();
        assertThat(subjects).hasSize(20).doesNotHaveDuplicates();
    }

    /**
     * The search outbox and the subscription events are WorkQueues: two replicas claiming at the same moment (each
     * holding its claim until it commits) get disjoint rows, so no listing is indexed or matched twice by them.
     */
    @Test
    void two_replicas_claim_disjoint_rows_of_every_work_queue() throws Exception {
        int listing = Listings.create("enterprise", "NEED", Listings.aNeed("副本认领"));
        Map<String, Object[]> queues = Map.of("search_outbox", new Object[] {queueOf(bean(IndexWorker.class)), "o.id, o.listing_id"},
                "subscription_event", new Object[] {queueOf(bean(Class.forName("cn.techmarket.subscription.SubscriptionWorker"))), "e.id, e.listing_id"});
        for (var entry : queues.entrySet()) {
            String table = entry.getKey();
            WorkQueue queue = (WorkQueue) entry.getValue()[0];
            String columns = (String) entry.getValue()[1];
            int claimed = 0;
            // the application's own worker (a third replica) may take every row first: try again until ours get some
            for (int attempt = 0; attempt < 10 && claimed == 0; attempt++) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into " + table
                        + " (listing_id, process_after) select ?1, now() from generate_series(1, 30)")
                        .setParameter(1, listing).executeUpdate());
                CountDownLatch bothClaimed = new CountDownLatch(2);
                List<Set<Long>> claims = Replicas.runTwoAtOnce(() -> QuarkusTransaction.requiringNew().call(() -> {
                    Set<Long> ids = new HashSet<>();
                    queue.claim(columns, 20).forEach(row -> ids.add(((Number) row[0]).longValue()));
                    bothClaimed.countDown();
                    bothClaimed.await(30, TimeUnit.SECONDS); // hold the claim while the other replica claims
                    return ids;
                }));
                Set<Long> both = new HashSet<>(claims.get(0));
                both.retainAll(claims.get(1));
                assertThat(both).as(table + " rows claimed by both replicas").isEmpty();
                claimed = claims.get(0).size() + claims.get(1).size();
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from " + table + " where listing_id = ?1")
                        .setParameter(1, listing).executeUpdate());
            }
            assertThat(claimed).as(table + " rows claimed by the two replicas").isPositive();
        }
    }

    @Test
    void two_replicas_embed_each_listing_once() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Listings.published("enterprise2", "RESULT", Listings.aResult("副本向量 " + i)));
        }
        Listings.awaitEmbedded(ids.stream().mapToInt(Integer::intValue).toArray());
        EmbeddingWorker worker = bean(EmbeddingWorker.class);
        // every listing's vector out of date: both replicas see all of them due
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update listing_embedding set embedded_at = '2000-01-01' where listing_id in (?1)").setParameter(1, ids).executeUpdate());
        List<Integer> embedded = Replicas.runTwoAtOnce(() -> (Integer) invoke(worker, "embedAll"));
        // the scheduler's own run (a third replica) may still hold the lock for a batch: wait for it, not a fixed time
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        long due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from listing_embedding e where e.listing_id in (?1) and e.embedded_at < '2001-01-01'")
                    .setParameter(1, ids).getSingleResult()).longValue());
        } while (due > 0 && System.nanoTime() < deadline && sleep());
        assertThat(due).as("listings left with an out-of-date vector").isZero();
        long total = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from listing where status = 'PUBLISHED'").getSingleResult()).longValue());
        assertThat(embedded.get(0) + embedded.get(1)).as("vectors computed by the two replicas (at most one each)")
                .isLessThanOrEqualTo((int) total).isGreaterThanOrEqualTo(0);
        assertThat(embedded).as("one replica did the batch, the other found it locked").contains(0);
    }

    @Test
    void two_replicas_fail_a_stale_import_once() throws Exception {
        long job = queuedImport("RUNNING", "now() - interval '1 day'");
        StaleImports sweep = bean(StaleImports.class);
        List<Integer> failed = Replicas.runTwoAtOnce(sweep::sweepNow);
        assertThat(status(job)).isEqualTo("FAILED");
        assertThat(failed.get(0) + failed.get(1)).as("jobs failed by the two sweeps").isGreaterThanOrEqualTo(1);
        long lines = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from listing_import where id = ?1 and status = 'FAILED'").setParameter(1, job)
                .getSingleResult()).longValue());
        assertThat(lines).isEqualTo(1);
    }

    @Test
    void two_replicas_asked_to_rebuild_at_once_rebuild_once() throws Exception {
        Reindexer reindexer = bean(Reindexer.class);
        Class<?> progressType = Class.forName("cn.techmarket.search.ReindexProgress");
        var constructor = progressType.getDeclaredConstructor(cn.techmarket.listing.ListingKind.class, String.class);
        constructor.setAccessible(true);
        Object names = bean(Class.forName("cn.techmarket.search.IndexNames"));
        List<Object> progress = Replicas.runTwoAtOnce(() -> {
            String index = (String) invoke(names, "newIndex", cn.techmarket.listing.ListingKind.NEED);
            Object p = constructor.newInstance(cn.techmarket.listing.ListingKind.NEED, index);
            invoke(reindexer, "run", p);
            return p;
        });
        List<String> errors = new ArrayList<>();
        for (Object p : progress) {
            errors.add((String) progressType.getField("error").get(p));
        }
        assertThat(errors).as("one rebuilt, the other found the kind locked")
                .containsExactlyInAnyOrder(null, "another replica is rebuilding this index");
        Listings.awaitIndexed();
    }

    private static boolean sleep() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long queuedImport(String status, String updatedAt) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "insert into listing_import (organization_id, kind, status, file_name, file_format, total_rows, created_by,"
                        + " updated_at) select o.id, 'NEED', ?1, 'replicas.csv', 'CSV', 1, u.id, " + updatedAt
                        + " from organization o, user_profile u order by o.id, u.id limit 1 returning id")
                .setParameter(1, status).getSingleResult()).longValue());
    }

    private String status(long job) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from listing_import where id = ?1").setParameter(1, job).getSingleResult());
    }

    private static WorkQueue queueOf(Object worker) throws Exception {
        return (WorkQueue) invoke(worker, "queue");
    }

    /** The bean itself (with its interceptors), so that package-private job methods can be called as the scheduler does. */
    private static <T> T bean(Class<T> type) {
        return ClientProxy.unwrap(Arc.container().instance(type).get());
    }

    private static Object invoke(Object target, String method, Object... args) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length && !m.isBridge()) {
                    m.setAccessible(true);
                    try {
                        return m.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
        }
        throw new NoSuchMethodException(method);
    }
}
