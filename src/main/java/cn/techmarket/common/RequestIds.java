package cn.techmarket.common;

import org.jboss.logging.MDC;

/** The id of the request being served (set by the web layer, logged on every line, kept in the audit trail). */
public final class RequestIds {
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
