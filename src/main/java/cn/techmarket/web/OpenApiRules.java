package cn.techmarket.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;

/**
 * Completes the generated OpenAPI document with what client generators need and Redocly's recommended rules ask
 * (OpenApiContractTest keeps them): the document describes the JSON API only (not the pages), names a server and a
 * licence, an operation that no role guards states so with an empty security requirement
 * (public, not forgotten), and every operation documents the problem+json 400 that bad input gets. Runs at start-up,
 * after Quarkus has added the security requirements and 401/403 of guarded operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiRules implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/").description("this instance"));
        }
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() == null) {
            // placeholder until the project names its licence
            openAPI.getInfo().setLicense(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // the pages (HTML forms, Post/Redirect/Get) are not the API: a client generator has no use for them, and their
        // routes (/listings/import/{id} beside /listings/{id}/edit) are what Redocly calls ambiguous
        new ArrayList<>(openAPI.getPaths().getPathItems().keySet()).stream().filter(path -> !path.startsWith("/api/"))
                .forEach(openAPI.getPaths()::removePathItem);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("TemplateInstance");
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
            documentBadInput(operation, path.contains("{"));
        }));
    }

    private static void documentBadInput(Operation operation, boolean hasPathParameter) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean has4xx = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("4"));
        if (!has4xx) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Bad request: an application/problem+json body naming the field"));
            if (hasPathParameter) {
                responses.addAPIResponse("404", OASFactory.createAPIResponse()
                        .description("Not found, or not visible to the caller (application/problem+json)"));
            }
        }
    }
}
