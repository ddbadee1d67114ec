package cn.techmarket.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The page being shown ({inject:here}), for links that must come back to it: sign-in returns here, and the
 * language switch keeps the query string (filters, search words, page).
 */
@Named("here")
@RequestScoped
public class Here {
    @Inject
    HttpServerRequest request;

    /** Path and query of this page, URL-encoded for a {@code next=} parameter. */
    public String getNext() {
        String query = request.query();
        String path = request.path();
        // after a sign-in, the callback and error pages are no place to come back to
        if (path.startsWith("/login") || path.startsWith("/logout")) {
            return URLEncoder.encode("/", StandardCharsets.UTF_8);
        }
        return URLEncoder.encode(path + (query == null || query.isEmpty() ? "" : "?" + query), StandardCharsets.UTF_8);
    }

    /** This page in another language: the current query with lang replaced. */
    public String withLang(String tag) {
        String query = request.query();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return request.path() + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }
}
