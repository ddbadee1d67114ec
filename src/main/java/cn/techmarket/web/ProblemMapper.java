package cn.techmarket.web;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The only place that turns exceptions into HTTP statuses. Requests under /api get RFC 9457 problem+json; pages get
 * the same problem rendered as HTML, or, when a sign-in is missing, a redirect to the sign-in.
 */
class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    @Inject
    CurrentIdentityAssociation identities;

    @ServerExceptionMapper
    Uni<Response> invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(400, "validation-failed", null, errors, uri, headers, locale);
    }

    @ServerExceptionMapper
    Uni<Response> invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), Messages.resolve(f.message(), locale))).toList();
        return respond(400, "validation-failed", null, errors, uri, headers, locale);
    }

    /** Listed one by one: Quarkus ships mappers for the specific Jackson exceptions, and the most specific wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class})
    Uni<Response> malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        List<FieldError> errors = new ArrayList<>();
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors.add(new FieldError(field, Messages.resolve(e instanceof StrictJson.UnsafeTextException
                    ? UnsafeText.MESSAGE : "{value.unreadable}", locale)));
        }
        return respond(400, "malformed-body", Messages.resolve("{problem.malformed-body.detail}", locale),
                errors, uri, headers, locale);
    }

    @ServerExceptionMapper
    Uni<Response> rule(RuleViolation e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        return respond(409, e.code(), Messages.resolve("{problem." + e.code() + ".detail}", locale), List.of(),
                uri, headers, locale);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    Uni<Response> concurrentEdit(Exception e, UriInfo uri, HttpHeaders headers) {
        return rule(new RuleViolation("stale-version", e.getMessage()), uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Uni<Response> unauthenticated(Exception e, UriInfo uri, HttpHeaders headers) {
        if (!isApi(uri)) {
            String next = URLEncoder.encode(uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()),
                    StandardCharsets.UTF_8);
            return Uni.createFrom().item(Response.seeOther(URI.create("/login?next=" + next)).build());
        }
        return respond(401, "unauthenticated", null, List.of(), uri, headers, Locales.of(headers))
                .map(r -> Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    @ServerExceptionMapper
    Uni<Response> throttled(RateLimitException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        long retryAfter = RateLimits.retryAfterSeconds(e);
        return respond(429, "too-many-requests", Messages.resolve("{problem.too-many-requests.detail}", locale),
                List.of(), uri, headers, locale)
                .map(r -> Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, retryAfter).build());
    }

    @ServerExceptionMapper
    Uni<Response> forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "forbidden", null, List.of(), uri, headers, Locales.of(headers));
    }

    @ServerExceptionMapper
    Uni<Response> web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri, headers);
        }
        if (e.getCause() instanceof InvalidInputException invalid) {
            return invalidInput(invalid, uri, headers);
        }
        if (status >= 300 && status < 400) {
            return Uni.createFrom().item(e.getResponse());
        }
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 413 -> "too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        if (status == 503) {
            LOG.warnf("request %s: a service is unavailable: %s", uri.getRequestUri(), e.getMessage());
        } else if (status >= 500) {
            LOG.errorf(e, "request %s failed", uri.getRequestUri());
        }
        return respond(status, code, null, List.of(), uri, headers, Locales.of(headers));
    }

    @ServerExceptionMapper
    Uni<Response> unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "request %s failed", uri.getRequestUri());
        return respond(500, "internal-error", null, List.of(), uri, headers, Locales.of(headers));
    }

    private Uni<Response> respond(int status, String code, String detail, List<FieldError> errors, UriInfo uri,
                                    HttpHeaders headers, Locale locale) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Problem problem = Problem.of(status, code, Messages.resolve("{problem." + code + ".title}", locale),
                detail, uri.getRequestUri().getRawPath(), requestId == null ? null : requestId.toString(), errors);
        if (isApi(uri)) {
            return Uni.createFrom().item(Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build());
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(page(problem, locale));
        }
        // No resource matched (404, 405) or a pre-matching filter refused the request: we are on the I/O thread,
        // where the layout may not wait for the lazily authenticated identity. Resolve it first, without blocking.
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem(() -> QuarkusSecurityIdentity.builder().setAnonymous(true).build())
                .map(identity -> {
                    identities.setIdentity(identity);
                    return page(problem, locale);
                });
    }

    private static Response page(Problem problem, Locale locale) {
        String html = ErrorPages.Templates.problem(problem).setLocale(locale).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static boolean isApi(UriInfo uri) {
        return uri.getRequestUri().getRawPath().startsWith("/api/");
    }

    /** "create.form.creditCode" → "creditCode": the client knows fields, not Java method parameters. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String name = node.getName() == null ? "" : node.getName();
            nodes.add(node.getIndex() != null ? "[" + node.getIndex() + "]" + (name.isEmpty() ? "" : "." + name) : name);
        }
        List<String> fields = nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes.subList(nodes.size() - 1, nodes.size());
        return String.join(".", fields).replace(".[", "[");
    }
}
