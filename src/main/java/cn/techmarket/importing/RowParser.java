package cn.techmarket.importing;

import java.util.List;

/**
 * Extension point: turns one row into the form the feature's API takes ({@code F}). A cell that cannot be read (a
 * word where a number goes, an unknown choice) becomes an error of its column and leaves its field empty; the form
 * is then judged by the same Bean Validation as the API, and finally by the {@link RowHandler}.
 */
@FunctionalInterface
public interface RowParser<F> {
    Parsed<F> parse(TableRow row);

    record Parsed<F>(F form, List<RowError> errors) {
    }
}
