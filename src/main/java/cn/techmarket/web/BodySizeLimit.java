package cn.techmarket.web;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Quarkus has one body limit for every path (quarkus.http.limits.max-body-size), which must admit the largest file
 * upload. This filter holds every other request to the ordinary limit by its declared length, before the body is
 * read, and answers 413 too-large like any other problem.
 */
class BodySizeLimit {
    @ConfigProperty(name = "techmarket.http.max-body-size", defaultValue = "2M")
    MemorySize max;
    /** Path prefixes that take file uploads, up to the global limit. */
    @ConfigProperty(name = "techmarket.http.upload-paths", defaultValue = "/none")
    List<String> uploadPaths;

    @ServerRequestFilter(preMatching = true)
    void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= max.asLongValue()) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (uploadPaths.stream().noneMatch(path::startsWith)) {
            throw new WebApplicationException(413);
        }
    }
}
