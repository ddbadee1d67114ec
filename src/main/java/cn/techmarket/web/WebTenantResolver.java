package cn.techmarket.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Bearer tokens on the JSON API (default tenant); the authorization-code flow with a session cookie elsewhere. */
@ApplicationScoped
class WebTenantResolver implements TenantResolver {
    static final String WEB = "web";

    @Override
    public String resolve(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/") ? null : WEB;
    }
}
