package cn.techmarket.importing;

import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.importing.ListingImport;
import cn.techmarket.listing.importing.ListingImportError;
import cn.techmarket.testsupport.Listings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job handed to two runners at once (two replicas, or a runner and a retry) is run by one of them: the start is a
 * conditional UPDATE, so every row is handled once and the progress counts each row once.
 */
@QuarkusTest
class ImportRunnerReplicasTest {
    @Inject
    ImportRunner runner;
    @Inject
    EntityManager em;

    /** A two-column import kind, for the engine alone (a header names at least two known columns). */
    enum Column implements ImportColumn {
        NAME("name", "名称"), NOTE("note", "备注");

        private final String field;
        private final String name;

        Column(String field, String name) {
            this.field = field;
            this.name = name;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public boolean required() {
            return this == NAME;
        }

        @Override
        public List<String> names() {
            return List.of(name);
        }
    }

    @Test
    void a_job_started_by_two_runners_at_once_imports_each_row_once() throws Exception {
        int org = Listings.verifiedOrgOf("enterprise");
        List<TableRow> read = new ArrayList<>(List.of(new TableRow(1, List.of("名称", "备注"))));
        for (int i = 0; i < 20; i++) {
            read.add(new TableRow(i + 2, List.of("行 " + i, "")));
        }
        ImportTable<Column> table = ImportTable.of(read, List.of(Column.values()), List.of(Column.values()), 100);
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            ListingImport job = new ListingImport();
            job.organizationId = org;
            job.kind = ListingKind.NEED;
            job.received(new ImportFiles.Read<>(ImportJob.Format.CSV, table), "replicas.csv",
                    ((Number) em.createNativeQuery("select min(id) from user_profile").getSingleResult()).longValue(),
                    "test", OffsetDateTime.now());
            job.persist();
            return job.id;
        });
        AtomicInteger handled = new AtomicInteger();
        ImportRun<String> run = new ImportRun<>(jobId, ListingImport.class, ListingImportError::new, table,
                () -> row -> new RowParser.Parsed<>(table.cell(row, Column.NAME), List.of()),
                form -> handled.incrementAndGet());

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    runner.run(run, QuarkusSecurityIdentity.builder().setAnonymous(true).build(), "replica");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : runs) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        assertThat(handled.get()).isEqualTo(20);
        ListingImport done = QuarkusTransaction.requiringNew().call(() -> ListingImport.<ListingImport>findById(jobId));
        assertThat(done.status).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.okRows).isEqualTo(20);
        assertThat(done.doneRows).isEqualTo(20);
    }
}
