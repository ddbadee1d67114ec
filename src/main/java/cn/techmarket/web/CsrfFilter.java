package cn.techmarket.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * Forms are protected by a signed double-submit token ({@link CsrfToken}): a value in an HttpOnly, SameSite=Strict
 * cookie, bound to the session, that every page form repeats in the hidden field _csrf. The JSON API is exempt: it
 * authenticates with bearer tokens only (see {@link WebTenantResolver}), so a forged cross-site request carries no
 * credentials there.
 */
class CsrfFilter {
    static final String COOKIE = "csrf";
    static final String FIELD = "_csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final byte[] key;

    @Inject
    CsrfToken token;
    @Inject
    CurrentIdentityAssociation identities;
    @ConfigProperty(name = "techmarket.http.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    /** A fixed secret lets several instances check each other's tokens; without one, a restart re-issues them. */
    CsrfFilter(@ConfigProperty(name = "techmarket.csrf.secret") Optional<String> secret) {
        if (secret.isPresent()) {
            key = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    @ServerRequestFilter(readBody = true)
    Uni<Void> check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return Uni.createFrom().voidItem();
        }
        var cookie = request.getCookies().get(COOKIE);
        return identities.getDeferredIdentity().<Void>map(identity -> {
            token.init(cookie == null ? null : cookie.getValue(), session(identity), key);
            if (SAFE.contains(request.getMethod())) {
                return null;
            }
            Object sent = isForm(request.getMediaType())
                    ? ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false)
                    : request.getHeaderString("X-CSRF-Token");
            if (cookie == null || token.isFresh() || sent == null || !MessageDigest.isEqual(
                    cookie.getValue().getBytes(StandardCharsets.US_ASCII), sent.toString().getBytes(StandardCharsets.US_ASCII))) {
                throw new io.quarkus.security.ForbiddenException("CSRF token missing, wrong or of another session");
            }
            return null;
        });
    }

    /** The OIDC session (Keycloak's sid) when signed in, else the subject; one shared value for visitors. */
    private static String session(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object sid = jwt.getClaim("sid");
            return "sid:" + (sid != null ? sid : jwt.getSubject());
        }
        return "user:" + identity.getPrincipal().getName();
    }

    @ServerResponseFilter
    void issue(ContainerResponseContext response) {
        if (token.getToken() != null && token.isFresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE).value(token.getToken())
                    .path("/").httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
