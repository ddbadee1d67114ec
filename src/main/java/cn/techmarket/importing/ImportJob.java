package cn.techmarket.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One uploaded file being imported, and how far it has come: the columns every import kind's job table has (see
 * {@code listing_import}). A kind's entity extends it with what its rows need (organization, kind, options). Only the
 * {@link ImportRunner} writes it after creation.
 */
@MappedSuperclass
public abstract class ImportJob extends PanacheEntityBase {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public enum Format { CSV, XLSX }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public Status status = Status.QUEUED;
    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_format")
    public Format format;
    @Column(name = "total_rows")
    public int totalRows;
    @Column(name = "done_rows")
    public int doneRows;
    @Column(name = "ok_rows")
    public int okRows;
    @Column(name = "failed_rows")
    public int failedRows;
    @Column(name = "ignored_columns")
    public String ignoredColumns;
    /** A message key: why the job as a whole stopped. */
    public String failure;
    @Column(name = "created_by")
    public long createdBy;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Fills the columns of a new job from its read file; the caller adds its own and persists. */
    public void received(ImportFiles.Read<?> read, String uploadedName, long uploader, String requestId,
                         OffsetDateTime now) {
        fileName = ImportFiles.displayName(uploadedName);
        format = read.format();
        totalRows = read.table().rows().size();
        ignoredColumns(read.table().ignored());
        createdBy = uploader;
        this.requestId = requestId;
        createdAt = now;
        updatedAt = now;
    }

    /** Headers are kept one per line: a header may well contain a comma. */
    public List<String> ignoredColumns() {
        return ignoredColumns == null ? List.of() : List.of(ignoredColumns.split("\n"));
    }

    void ignoredColumns(List<String> headers) {
        String joined = String.join("\n", headers);
        ignoredColumns = headers.isEmpty() ? null : joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
    }

    public int percent() {
        return totalRows == 0 ? 100 : doneRows * 100 / totalRows;
    }

    void rowDone(boolean ok, OffsetDateTime now) {
        doneRows++;
        if (ok) {
            okRows++;
        } else {
            failedRows++;
        }
        updatedAt = now;
    }

    void finish(Status outcome, String failureKey, OffsetDateTime now) {
        status = outcome;
        failure = failureKey;
        finishedAt = now;
        updatedAt = finishedAt;
    }
}
