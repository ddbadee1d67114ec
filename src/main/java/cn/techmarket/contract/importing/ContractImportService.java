package cn.techmarket.contract.importing;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RequestIds;
import cn.techmarket.contract.HistoricalRegistrations;
import cn.techmarket.importing.ImportConfig;
import cn.techmarket.importing.ImportErrorView;
import cn.techmarket.importing.ImportFiles;
import cn.techmarket.importing.ImportRun;
import cn.techmarket.importing.ImportRunner;
import cn.techmarket.org.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Bulk import of historical registrations through the import engine: one row per event (登记, 变更, 注销), in order,
 * each written by {@link HistoricalRegistrations} in its own transaction. Registrars import for their points,
 * operators for any.
 */
@ApplicationScoped
class ContractImportService {
    static final String AUDIT_TYPE = "contract-import";
    @Inject
    CurrentUser user;
    @Inject
    HistoricalRegistrations registrations;
    @Inject
    ImportRunner runner;
    @Inject
    ImportConfig config;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    ContractImportView start(ImportFiles.Upload upload, Locale locale) {
        ImportFiles.Read<ContractColumn> read = ImportFiles.read(upload, ContractColumn.all(), ContractColumn.all(), config);
        ContractImport job = QuarkusTransaction.requiringNew().call(() -> {
            ContractImport created = new ContractImport();
            created.received(read, upload.fileName(), user.profile().id, RequestIds.current(), OffsetDateTime.now(clock));
            created.persist();
            audit.record("contract-import.created", AUDIT_TYPE, created.id, null, ContractImportView.from(created, locale));
            return created;
        });
        runner.submit(new ImportRun<>(job.id, ContractImport.class, ContractImportError::new, read.table(),
                () -> new ContractRowParser(read.table(), config.maxCellLength()), registrations::record));
        return ContractImportView.from(job, locale);
    }

    ContractImportView view(long id, Locale locale) {
        return ContractImportView.from(visible(id), locale);
    }

    PageResult<ImportErrorView> errors(long id, PageQuery page, Locale locale) {
        visible(id);
        var query = ContractImportError.<ContractImportError>find("importId", Sort.by("row").and("id"), id);
        PageQuery shown = page != null ? page : PageQuery.of(1, (int) Math.max(1, query.count()));
        return PageResult.of(query.page(Page.of(shown.index(), shown.size())).list(), shown, query.count(),
                e -> ImportErrorView.from(e, locale));
    }

    /** Someone else's import does not exist, as far as they can tell. */
    private ContractImport visible(long id) {
        ContractImport job = ContractImport.findById(id);
        if (job == null || !(user.isAdmin() || job.createdBy == user.profile().id)) {
            throw new NotFoundException();
        }
        return job;
    }
}
