package cn.techmarket.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page gets a Content-Security-Policy that allows scripts and styles from our own origin only (the
 * templates carry no inline script, handler or style: see META-INF/resources/js), so an injected script tag cannot
 * run. A page seen with a session is never stored by the browser or a proxy: it may show contacts and drafts.
 */
class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The cookies of the pages' OIDC session (quarkus.oidc.web: q_session_web and its split parts). */
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    @ServerResponseFilter
    void add(ContainerRequestContext request, ContainerResponseContext response) {
        // a page's media type is not known yet here (Qute renders after the filters): every answer outside the
        // JSON API is, or may be, a page
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", CSP);
        if (request.getCookies().keySet().stream().anyMatch(name -> name.startsWith(SESSION_COOKIE_PREFIX))) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
