package cn.techmarket.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Forms are protected by a double-submit token: a random value in an HttpOnly, SameSite=Strict cookie that every
 * page form repeats in the hidden field _csrf. The JSON API is exempt: it authenticates with bearer tokens only,
 * never cookies, so a forged cross-site request carries no credentials there.
 */
class CsrfFilter {
    static final String COOKIE = "csrf";
    static final String FIELD = "_csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken token;

    @ServerRequestFilter(readBody = true)
    void check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        var cookie = request.getCookies().get(COOKIE);
        token.init(cookie == null ? null : cookie.getValue());
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        Object sent = isForm(request.getMediaType())
                ? ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false)
                : request.getHeaderString("X-CSRF-Token");
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                sent.toString().getBytes(StandardCharsets.US_ASCII))) {
            throw new io.quarkus.security.ForbiddenException("CSRF token missing or wrong");
        }
    }

    @ServerResponseFilter
    void issue(ContainerResponseContext response) {
        if (token.getToken() != null && token.isFresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE).value(token.getToken())
                    .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
