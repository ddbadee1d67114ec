package cn.techmarket.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The language switch of the pages: ?lang=en (or zh-CN) is remembered in a cookie, and either becomes the request's
 * Accept-Language, which Qute and Bean Validation then follow.
 */
class LanguageFilter {
    static final String COOKIE = "lang";
    private static final String CHOSEN = LanguageFilter.class.getName() + ".chosen";

    @ServerRequestFilter(preMatching = true)
    void choose(ContainerRequestContext request) {
        String fromQuery = Locales.supportedTag(request.getUriInfo().getQueryParameters().getFirst("lang"));
        var cookie = request.getCookies().get(COOKIE);
        String chosen = fromQuery != null ? fromQuery : Locales.supportedTag(cookie == null ? null : cookie.getValue());
        if (chosen != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen);
        }
        if (fromQuery != null) {
            request.setProperty(CHOSEN, fromQuery);
        }
    }

    @ServerResponseFilter
    void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object chosen = request.getProperty(CHOSEN);
        if (chosen != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE).value(chosen.toString())
                    .path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
