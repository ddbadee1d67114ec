package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportJob;
import cn.techmarket.importing.Text;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.org.Organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** An import job as the API and the progress page show it; {@code failure} is in the caller's language. */
public record ListingImportView(long id, long organizationId, String organizationName, ListingKind kind,
                                ImportJob.Status status, String fileName, ImportJob.Format format,
                                boolean submitForReview, int totalRows, int doneRows, int okRows, int failedRows,
                                int percent, List<String> ignoredColumns, String failure, OffsetDateTime createdAt,
                                OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static ListingImportView from(ListingImport job, Locale locale) {
        Organization org = Organization.findById(job.organizationId);
        return new ListingImportView(job.id, job.organizationId, org == null ? null : org.nameZh, job.kind, job.status,
                job.fileName, job.format, job.submitForReview, job.totalRows, job.doneRows, job.okRows,
                job.failedRows, job.percent(), job.ignoredColumns(), job.failure == null ? null : Text.of(job.failure).in(locale),
                job.createdAt, job.startedAt, job.finishedAt);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
