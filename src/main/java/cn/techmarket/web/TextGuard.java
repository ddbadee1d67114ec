package cn.techmarket.web;

import cn.techmarket.common.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.List;
import java.util.Map;

/**
 * Applies {@link UnsafeText} at the boundary, before any resource sees the input: query and path parameters here,
 * form fields once the body is read, JSON strings in {@link StrictJson}. A refusal is a field-level 400.
 */
class TextGuard {

    @ServerRequestFilter(preMatching = true)
    void url(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (UnsafeText.isUnsafe(segment.getPath(), false)) {
                throw new InvalidInputException("path", UnsafeText.MESSAGE);
            }
        }
        boolean signIn = "/login".equals(request.getUriInfo().getPath());
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (signIn && "next".equals(param.getKey())) {
                continue; // MePages.login falls back to a safe page for any next it would not follow
            }
            if (UnsafeText.isUnsafe(param.getKey(), false)
                    || param.getValue().stream().anyMatch(v -> UnsafeText.isUnsafe(v, false))) {
                throw new InvalidInputException(UnsafeText.isUnsafe(param.getKey(), false) ? "query" : param.getKey(),
                        UnsafeText.MESSAGE);
            }
        }
    }

    @ServerRequestFilter(readBody = true)
    void form(ResteasyReactiveContainerRequestContext request) {
        var form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (UnsafeText.isUnsafe(name, false) || (!value.isFileItem() && UnsafeText.isUnsafe(value.getValue(), true))) {
                    throw new InvalidInputException(UnsafeText.isUnsafe(name, false) ? "form" : name, UnsafeText.MESSAGE);
                }
            }
        }
    }
}
