package cn.techmarket.listing.importing;

import cn.techmarket.listing.ListingKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** One uploaded file being imported, and how far it has come. Only the job's runner writes it after creation. */
@Entity
@Table(name = "listing_import")
public class ListingImport extends PanacheEntityBase {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public enum Format { CSV, XLSX }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organization_id")
    public long organizationId;
    @Enumerated(EnumType.STRING)
    public ListingKind kind;
    @Enumerated(EnumType.STRING)
    public Status status = Status.QUEUED;
    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_format")
    public Format format;
    @Column(name = "submit_for_review")
    public boolean submitForReview;
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

    /** Headers are kept one per line: a header may well contain a comma. */
    List<String> ignoredColumns() {
        return ignoredColumns == null ? List.of() : List.of(ignoredColumns.split("\n"));
    }

    void ignoredColumns(List<String> headers) {
        String joined = String.join("\n", headers);
        ignoredColumns = headers.isEmpty() ? null : joined.length() <= 1000 ? joined : joined.substring(0, 999) + "…";
    }

    void rowDone(boolean ok) {
        doneRows++;
        if (ok) {
            okRows++;
        } else {
            failedRows++;
        }
        updatedAt = OffsetDateTime.now();
    }

    void finish(Status outcome, String failureKey) {
        status = outcome;
        failure = failureKey;
        finishedAt = OffsetDateTime.now();
        updatedAt = finishedAt;
    }
}
