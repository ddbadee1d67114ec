package cn.techmarket.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An official (frozen) report and, row by row, what later corrections changed: revision = now − frozen. */
public record FrozenReport(long id, String scope, String period, LocalDate asOf, OffsetDateTime frozenAt,
                           String frozenBy, List<Revision> rows) {

    public record Revision(String key, String label, Figure frozen, Figure now) {
        public Figure change() {
            return now.minus(frozen);
        }

        public boolean revised() {
            return !change().isZero();
        }
    }

    public List<Revision> revisions() {
        return rows.stream().filter(Revision::revised).toList();
    }
}
