package cn.techmarket.importing;

import java.util.function.Supplier;

/**
 * One import job as its kind hands it to the {@link ImportRunner}: the job row (already persisted, QUEUED), the read
 * table, and the kind's extension points. {@code parser} is made inside a transaction when the job starts (it may
 * read reference tables); {@code errors} makes an empty row of the kind's error table.
 */
public record ImportRun<F>(long jobId, Class<? extends ImportJob> jobType, Supplier<? extends ImportRowError> errors,
                           ImportTable<?> table, Supplier<RowParser<F>> parser, RowHandler<F> handler) {
}
