package cn.techmarket.search;

import jakarta.ws.rs.ServiceUnavailableException;

/** Elasticsearch did not answer: a 503 the caller may retry (writes keep working through the outbox meanwhile). */
public class SearchUnavailable extends ServiceUnavailableException {
    static final long RETRY_AFTER_SECONDS = 5;

    public SearchUnavailable(Exception cause) {
        super(cause.getMessage(), RETRY_AFTER_SECONDS, cause);
    }
}
