package cn.techmarket.contract.importing;

import cn.techmarket.importing.ImportJob;
import cn.techmarket.importing.Text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** A historical-registration import as the API shows it, with its progress. */
public record ContractImportView(long id, ImportJob.Status status, String fileName, ImportJob.Format format,
                                 int totalRows, int doneRows, int okRows, int failedRows, int percent,
                                 List<String> ignoredColumns, String failure, OffsetDateTime createdAt,
                                 OffsetDateTime finishedAt) {
    static ContractImportView from(ContractImport job, Locale locale) {
        return new ContractImportView(job.id, job.status, job.fileName, job.format, job.totalRows, job.doneRows,
                job.okRows, job.failedRows, job.percent(), job.ignoredColumns(),
                job.failure == null ? null : Text.of(job.failure).in(locale), job.createdAt, job.finishedAt);
    }
}
