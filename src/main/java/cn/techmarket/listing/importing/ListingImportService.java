package cn.techmarket.listing.importing;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RequestIds;
import cn.techmarket.importing.ImportConfig;
import cn.techmarket.importing.ImportErrorView;
import cn.techmarket.importing.ImportFiles;
import cn.techmarket.importing.ImportRun;
import cn.techmarket.importing.ImportRunner;
import cn.techmarket.listing.ListingAction;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingView;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.Organization;
import cn.techmarket.web.Locales;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Bulk import of listings: checks who may import for which organization, reads the file (refusing one that cannot be
 * imported at all, before anything starts), records the job and hands it to the engine's {@link ImportRunner} with
 * listing's column map, row parser and row handler.
 */
@ApplicationScoped
class ListingImportService {
    static final String AUDIT_TYPE = "listing-import";
    @Inject
    CurrentUser user;
    @Inject
    cn.techmarket.listing.ListingService listings;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    ImportRunner runner;
    @Inject
    ImportConfig config;

    ListingImportView start(ListingKind kind, long organizationId, boolean submit, ImportFiles.Upload upload) {
        requireMayImport(kind, organizationId);
        ImportFiles.Read<ListingColumn> read = ImportFiles.read(upload, ListingColumn.all(), ListingColumn.of(kind), config);
        ListingImport job = QuarkusTransaction.requiringNew().call(() -> {
            ListingImport created = new ListingImport();
            created.organizationId = organizationId;
            created.kind = kind;
            created.submitForReview = submit;
            created.received(read, upload.fileName(), user.profile().id, RequestIds.current(), OffsetDateTime.now(clock));
            created.persist();
            audit.record("listing-import.created", AUDIT_TYPE, created.id, null,
                    ListingImportView.from(created, Locales.CHINESE));
            return created;
        });
        runner.submit(new ImportRun<>(job.id, ListingImport.class, ListingImportError::new, read.table(),
                () -> new ListingRowParser(read.table(), CodeLookup.load(), config.maxCellLength()),
                form -> create(kind, organizationId, submit, form)));
        return ListingImportView.from(job, Locales.CHINESE);
    }

    /** The row handler: one row, exactly as POST /api/v1/listings (and a submit) would write it. */
    private void create(ListingKind kind, long organizationId, boolean submit, ListingForm form) {
        ListingView created = listings.create(kind, organizationId, form);
        if (submit) {
            listings.act(created.id(), ListingAction.SUBMIT, null, null);
        }
    }

    ListingImportView view(long id, Locale locale) {
        return ListingImportView.from(visible(id), locale);
    }

    /** The report, row by row; {@code page} null means all of it (the CSV download). */
    PageResult<ImportErrorView> errors(long id, PageQuery page, Locale locale) {
        visible(id);
        var query = ListingImportError.<ListingImportError>find("importId", Sort.by("row").and("id"), id);
        PageQuery shown = page != null ? page : PageQuery.of(1, (int) Math.max(1, query.count()));
        return PageResult.of(query.page(Page.of(shown.index(), shown.size())).list(), shown, query.count(),
                e -> ImportErrorView.from(e, locale));
    }

    /** The imports of the caller's organizations (all of them for the operator), newest first. */
    PageResult<ListingImportView> mine(PageQuery page, Locale locale) {
        List<Long> orgs = user.organizationIds();
        if (!user.isAdmin() && orgs.isEmpty()) {
            return PageResult.of(List.<ListingImport>of(), page, 0, job -> ListingImportView.from(job, locale));
        }
        Sort newest = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        var query = user.isAdmin() ? ListingImport.<ListingImport>findAll(newest)
                : ListingImport.<ListingImport>find("organizationId in ?1", newest, orgs);
        return PageResult.of(query.page(Page.of(page.index(), page.size())).list(), page, query.count(),
                job -> ListingImportView.from(job, locale));
    }

    /** The same rule as creating one listing: a need is posted by an enterprise, a result by a researcher or one. */
    private void requireMayImport(ListingKind kind, long organizationId) {
        if (!listings.mayPost(kind) || !user.belongsTo(organizationId)) {
            throw new ForbiddenException();
        }
        if (Organization.findById(organizationId) == null) {
            throw new InvalidInputException("organizationId", "{import.organization.unknown}");
        }
    }

    /** Someone else's job does not exist, as far as they can tell. */
    private ListingImport visible(long id) {
        ListingImport job = ListingImport.findById(id);
        if (job == null || !(user.isAdmin() || user.organizationIds().contains(job.organizationId))) {
            throw new NotFoundException();
        }
        return job;
    }

    /** The organizations the upload form offers: the caller's own. */
    List<Organization> organizationsOfCaller() {
        return user.isSignedIn() ? Membership.ofUser(user.profile()).stream().map(m -> m.organization).toList() : List.of();
    }
}
