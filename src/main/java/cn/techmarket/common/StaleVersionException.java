package cn.techmarket.common;

/** The client edited an older version of the record than the one stored (optimistic locking, HTTP 409). */
public class StaleVersionException extends RuleViolation {
    public StaleVersionException(String entity, Object id, long expected, long actual) {
        super("stale-version", entity + " " + id + " is at version " + actual + ", not " + expected);
    }
}
