package cn.techmarket.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Throttles the expensive or abusable operations (search, suggestions, autosave, expressions of interest, imports)
 * per client IP and per signed-in user, each with a rolling window of SmallRye Fault Tolerance's rate limit. Over
 * the limit is a 429 problem with Retry-After ({@link ProblemMapper}). The limits are per minute and per category:
 * techmarket.rate-limit.&lt;category&gt;.per-ip and .per-user.
 */
@Singleton
class RateLimits {
    /** Enough keys for a busy day; the least recently used key's window is forgotten first. */
    private static final int MAX_KEYS = 20_000;

    enum Category {
        SEARCH("GET", "/api/v1/search|/search"),
        SUGGEST("GET", "/api/v1/search/suggest|/search/suggest"),
        AUTOSAVE("POST", "/listings/autosave"),
        INTERESTS("POST", "/api/v1/listings/\\d+/interests|/interests"),
        IMPORTS("POST", "/api/v1/listing-imports|/listings/import");

        final String method;
        final Pattern paths;

        Category(String method, String paths) {
            this.method = method;
            this.paths = Pattern.compile(paths);
        }

        String key() {
            return name().toLowerCase();
        }
    }

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    org.eclipse.microprofile.config.Config config;
    @ConfigProperty(name = "techmarket.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, Guard> guards = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Guard> eldest) {
            return size() > MAX_KEYS;
        }
    });

    @ServerRequestFilter(preMatching = true)
    Uni<Void> limit(ContainerRequestContext request, HttpServerRequest http) {
        Category category = enabled ? categoryOf(request.getMethod(), request.getUriInfo().getPath()) : null;
        if (category == null) {
            return Uni.createFrom().voidItem();
        }
        String ip = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        take(category, "ip", ip);
        return identities.getDeferredIdentity().onFailure().recoverWithNull().invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                take(category, "user", identity.getPrincipal().getName());
            }
        }).replaceWithVoid();
    }

    static Category categoryOf(String method, String path) {
        for (Category c : Category.values()) {
            if (c.method.equals(method) && c.paths.matcher(path).matches()) {
                return c;
            }
        }
        return null;
    }

    /** One permit from this caller's window, or a RateLimitException that carries when to retry. */
    private void take(Category category, String by, String who) {
        Guard guard = guards.computeIfAbsent(category.key() + "|" + by + "|" + who, key -> Guard.create()
                .withDescription("rate limit " + key)
                .withRateLimit().limit(limitOf(category, by)).window(1, ChronoUnit.MINUTES).done()
                .build());
        guard.get(() -> Boolean.TRUE, Boolean.class);
    }

    private int limitOf(Category category, String by) {
        return config.getValue("techmarket.rate-limit." + category.key() + ".per-" + by, Integer.class);
    }

    /** Whole seconds until the caller's window admits another request, for the Retry-After header. */
    static long retryAfterSeconds(RateLimitException e) {
        return Math.max(1, (e.getRetryAfterMillis() + 999) / 1000);
    }
}
