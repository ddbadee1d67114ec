package cn.techmarket.common;

import java.util.List;

/**
 * Input that passed Bean Validation but breaks a rule only the service can check (an unknown region, a credit code
 * already registered). Carries message keys, resolved in the request's language by the web layer.
 */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** Field errors whose message is a message key, e.g. {@code region.unknown}. */
    public List<FieldError> errors() {
        return errors;
    }
}
