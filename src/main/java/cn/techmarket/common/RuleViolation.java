package cn.techmarket.common;

/**
 * A business rule refused the request in the record's current state (HTTP 409). The code is stable and names a
 * message key; the detail is for logs and API clients.
 */
public class RuleViolation extends RuntimeException {
    private final String code;

    public RuleViolation(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
