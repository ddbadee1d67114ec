package cn.techmarket.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Request lines longer than techmarket.http.max-uri-length are a 414 problem. Quarkus has one body limit for every path (quarkus.http.limits.max-body-size), which must admit the largest file
 * upload. This filter holds every other request to the ordinary limit, and refuses any request whose declared length
 * is over its limit before a byte of the body is read, with a 413 too-large problem. It runs in front of everything
 * else: multipart bodies are parsed before any JAX-RS filter, and past the global limit Quarkus would only cut the
 * upload off with a bare 413.
 */
@Singleton
class BodySizeLimit {
    private static final int PRIORITY = 1000;
    @Inject
    HttpLimits limits;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize uploadMax;
    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (context.request().uri().length() > limits.maxUriLength().asLongValue()) {
            refuse(context, 414, "uri-too-long", context.normalizedPath(), limits.maxUriLength().asLongValue() / 1024);
            return;
        }
        String length = context.request().getHeader("Content-Length");
        String path = context.normalizedPath();
        long limit = (limits.uploadPaths().stream().anyMatch(path::startsWith) ? uploadMax : limits.maxBodySize()).asLongValue();
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            refuse(context, 413, "too-large", path, limit / (1024 * 1024));
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, int status, String code, String path, long limit) {
        Locale locale = locale(context);
        Problem problem = Problem.of(status, code, Messages.resolve("{problem." + code + ".title}", locale),
                MessageFormat.format(Messages.resolve("{problem." + code + ".detail}", locale), limit),
                path.length() > 200 ? path.substring(0, 200) : path, null, List.of());
        boolean api = path.startsWith("/api/");
        String body = api ? toJson(problem) : "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag()
                + "\"><meta charset=\"utf-8\"><title>" + problem.title() + "</title><h1>" + problem.title()
                + "</h1><p>" + problem.detail() + "</p></html>";
        context.response().setStatusCode(status).putHeader("Connection", "close")
                .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8").end(body);
    }

    /** The page's language switch (cookie) first, then Accept-Language, as LanguageFilter would decide later. */
    private static Locale locale(RoutingContext context) {
        Cookie cookie = context.request().getCookie(LanguageFilter.COOKIE);
        String tag = Locales.supportedTag(cookie != null ? cookie.getValue() : context.request().getHeader("Accept-Language"));
        return "en".equals(tag) ? Locales.ENGLISH : Locales.CHINESE;
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
