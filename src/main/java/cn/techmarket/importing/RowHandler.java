package cn.techmarket.importing;

/**
 * Extension point: writes one valid row through the feature's own service, exactly as its API would (rules, audit,
 * outbox). Called inside the row's transaction, as the uploader; a {@code RuleViolation},
 * {@code InvalidInputException}, constraint violation or {@code ForbiddenException} it throws becomes the row's
 * error, and the row's writes roll back.
 */
@FunctionalInterface
public interface RowHandler<F> {
    void handle(F form);
}
