package cn.techmarket.listing.importing;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RequestIds;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.listing.ListingAction;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingService;
import cn.techmarket.listing.ListingView;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Runs import jobs in the background, row after row, each row in its own transaction: a listing, its IP items, its
 * audit line and the job's progress commit together or not at all, and a bad row never stops the next. Rows run as
 * the uploader (their identity, in a request context of the job's own), through ListingService like the API.
 */
@ApplicationScoped
class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    @Inject
    ListingService listings;
    @Inject
    RowValidation validation;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    ImportConfig config;
    private ExecutorService workers;

    /** What a job needs after its upload request has ended. */
    record Job(long id, ListingKind kind, long organizationId, boolean submit, ImportTable table,
               SecurityIdentity uploader, String requestId) {
    }

    @PostConstruct
    void init() {
        workers = Executors.newFixedThreadPool(config.concurrentJobs(),
                Thread.ofPlatform().name("listing-import-", 1).daemon().factory());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    void submit(Job job) {
        workers.execute(() -> run(job));
    }

    void run(Job job) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        MDC.put(RequestIds.MDC_KEY, job.requestId());
        try {
            identities.setIdentity(job.uploader());
            if (!claim(job.id())) {
                return;
            }
            RowParser parser = new RowParser(job.table(), QuarkusTransaction.requiringNew().call(CodeLookup::load),
                    config.maxCellLength());
            for (TableRow row : job.table().rows()) {
                importRow(job, parser, row);
            }
            finish(job.id(), ListingImport.Status.DONE, null);
            LOG.infof("listing import %d done", job.id());
        } catch (RuntimeException e) {
            LOG.errorf(e, "listing import %d failed", job.id());
            finish(job.id(), ListingImport.Status.FAILED, "import.job.failed");
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            requestContext.terminate();
        }
    }

    private void importRow(Job job, RowParser parser, TableRow row) {
        RowParser.Parsed parsed = parser.parse(row);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        Set<String> unreadable = errors.stream().map(RowError::field).collect(Collectors.toSet());
        validation.check(parsed.form()).stream()
                .filter(v -> !unreadable.contains(v.field()))
                .forEach(v -> errors.add(job.table().error(row, v.field(), v.message())));
        if (errors.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    ListingView created = listings.create(job.kind(), job.organizationId(), parsed.form());
                    if (job.submit()) {
                        listings.act(created.id(), ListingAction.SUBMIT, null, null);
                    }
                    ListingImport.<ListingImport>findById(job.id()).rowDone(true);
                });
                return;
            } catch (RuntimeException e) {
                errors.addAll(refusal(job.table(), row, e));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            errors.forEach(error -> ListingImportError.of(job.id(), error).persist());
            ListingImport.<ListingImport>findById(job.id()).rowDone(false);
        });
    }

    /** Why ListingService refused a row that passed the form's validation (a rule, a reference, a permission). */
    private static List<RowError> refusal(ImportTable table, TableRow row, RuntimeException thrown) {
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
        LOG.errorf(thrown, "listing import: row %d failed", row.number());
        return List.of(table.error(row, null, Text.of("import.row.failed", RequestIds.current())));
    }

    /** Only a job still queued is started: one the sweep gave up on stays failed. */
    private static boolean claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ListingImport.update(
                "status = ?1, startedAt = ?2, updatedAt = ?2 where id = ?3 and status = ?4", ListingImport.Status.RUNNING,
                OffsetDateTime.now(), id, ListingImport.Status.QUEUED) == 1);
    }

    private static void finish(long id, ListingImport.Status outcome, String failureKey) {
        QuarkusTransaction.requiringNew().run(() -> ListingImport.<ListingImport>findById(id).finish(outcome, failureKey));
    }
}
