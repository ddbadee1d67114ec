package cn.techmarket.importing;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RequestIds;
import cn.techmarket.common.RuleViolation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Runs import jobs in the background, row after row, each row in its own transaction: what the row handler writes
 * and the job's progress commit together or not at all, and a bad row never stops the next. Rows run as the uploader
 * (their identity, in a request context of the job's own), through the kind's {@link RowHandler} like the API.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    @Inject
    RowValidation validation;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    ImportConfig config;
    @Inject
    Clock clock;
    private ExecutorService workers;

    @PostConstruct
    void init() {
        workers = Executors.newFixedThreadPool(config.concurrentJobs(),
                Thread.ofPlatform().name("import-", 1).daemon().factory());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Queues a job; call from the upload request, whose identity and request id the job keeps. */
    public <F> void submit(ImportRun<F> run) {
        SecurityIdentity uploader = identities.getIdentity();
        String requestId = RequestIds.current();
        workers.execute(() -> run(run, uploader, requestId));
    }

    <F> void run(ImportRun<F> job, SecurityIdentity uploader, String requestId) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            identities.setIdentity(uploader);
            if (!claim(job)) {
                return;
            }
            RowParser<F> parser = QuarkusTransaction.requiringNew().call(job.parser()::get);
            for (TableRow row : job.table().rows()) {
                importRow(job, parser, row);
            }
            finish(job, ImportJob.Status.DONE, null);
            LOG.infof("import %d done", job.jobId());
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %d failed", job.jobId());
            finish(job, ImportJob.Status.FAILED, "import.job.failed");
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            requestContext.terminate();
        }
    }

    private <F> void importRow(ImportRun<F> job, RowParser<F> parser, TableRow row) {
        RowParser.Parsed<F> parsed = parser.parse(row);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        Set<String> unreadable = errors.stream().map(RowError::field).collect(Collectors.toSet());
        validation.check(parsed.form()).stream()
                .filter(v -> !unreadable.contains(v.field()))
                .forEach(v -> errors.add(job.table().error(row, v.field(), v.message())));
        if (errors.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    job.handler().handle(parsed.form());
                    load(job).rowDone(true, OffsetDateTime.now(clock));
                });
                return;
            } catch (RuntimeException e) {
                errors.addAll(refusal(job, row, e));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            errors.forEach(error -> job.errors().get().fill(job.jobId(), error).persist());
            load(job).rowDone(false, OffsetDateTime.now(clock));
        });
    }

    /** Why the handler refused a row that passed the form's validation (a rule, a reference, a permission). */
    private static List<RowError> refusal(ImportRun<?> job, TableRow row, RuntimeException thrown) {
        ImportTable<?> table = job.table();
        Throwable e = thrown;
        while (e.getCause() != null && !(e instanceof InvalidInputException || e instanceof ConstraintViolationException
                || e instanceof RuleViolation || e instanceof ForbiddenException)) {
            e = e.getCause();
        }
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream()
                    .map((FieldError f) -> table.error(row, f.field(), Text.of(f.message()))).toList();
        }
        if (e instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> table.error(row, v.getPropertyPath().toString(), new Text(v.getMessage(), v.getMessage())))
                    .toList();
        }
        if (e instanceof RuleViolation rule) {
            return List.of(table.error(row, null, Text.of("problem." + rule.code() + ".detail")));
        }
        if (e instanceof ForbiddenException) {
            return List.of(table.error(row, null, Text.of("import.row.forbidden")));
        }
        LOG.errorf(thrown, "import %d: row %d failed", job.jobId(), row.number());
        return List.of(table.error(row, null, Text.of("import.row.failed", RequestIds.current())));
    }

    private static ImportJob load(ImportRun<?> job) {
        return Panache.getEntityManager().find(job.jobType(), job.jobId());
    }

    /**
     * Only a job still queued is started, and only once: the conditional update is the claim, so a job the sweep
     * gave up on stays failed, and two runners (replicas) handed the same job cannot both run it.
     */
    private boolean claim(ImportRun<?> job) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createQuery("update "
                        + job.jobType().getSimpleName() + " set status = ?1, startedAt = ?2, updatedAt = ?2"
                        + " where id = ?3 and status = ?4")
                .setParameter(1, ImportJob.Status.RUNNING).setParameter(2, OffsetDateTime.now(clock))
                .setParameter(3, job.jobId()).setParameter(4, ImportJob.Status.QUEUED).executeUpdate() == 1);
    }

    private void finish(ImportRun<?> job, ImportJob.Status outcome, String failureKey) {
        QuarkusTransaction.requiringNew().run(() -> load(job).finish(outcome, failureKey, OffsetDateTime.now(clock)));
    }
}
