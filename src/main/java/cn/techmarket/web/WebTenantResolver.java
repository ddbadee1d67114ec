package cn.techmarket.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bearer tokens on the JSON API (default tenant); the authorization-code flow with a session cookie elsewhere. The
 * API names the default tenant rather than leaving it open: left open (null), Quarkus picks the tenant of a session
 * cookie that came along, and the API then took the pages' cookie (a CSRF hole) and refused a good bearer token
 * beside a stale cookie.
 */
@ApplicationScoped
class WebTenantResolver implements TenantResolver {
    static final String WEB = "web";
    /** Quarkus OIDC's name of the tenant configured without a tenant id (quarkus.oidc.*). */
    static final String DEFAULT = "Default";

    @Override
    public String resolve(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/") ? DEFAULT : WEB;
    }
}
