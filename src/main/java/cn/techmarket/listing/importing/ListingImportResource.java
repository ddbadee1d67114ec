package cn.techmarket.listing.importing;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.importing.CsvWriter;
import cn.techmarket.importing.ImportErrorView;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.web.Locales;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.multipart.FileUpload;


@Path("/api/v1/listing-imports")
@Tag(name = "listing imports", description = "Bulk import of needs and results from CSV or XLSX 批量导入, with progress and a per-row error report")
class ListingImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @Inject
    ListingImportService imports;
    @Inject
    ImportUploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(202)
    @Authenticated
    @Operation(summary = "Upload a CSV or XLSX file (multipart field `file`) of ?kind= listings for ?organizationId= (one of "
            + "yours); 202 with the job, which runs in the background. Each row becomes a draft (or is submitted with "
            + "submit=true) or a line of the error report. A file that cannot be read at all is a 400 on field `file`.")
    @APIResponse(responseCode = "202", description = "the job, queued")
    public ListingImportView start(@QueryParam("kind") @NotNull(message = "{kind.required}") ListingKind kind,
                                   @QueryParam("organizationId") @NotNull(message = "{organization.required}") Long organizationId,
                                   @QueryParam("submit") @DefaultValue("false") boolean submit,
                                   @RestForm("file") FileUpload file, HttpHeaders headers) {
        return uploads.start(kind, organizationId, submit, file, Locales.of(headers));
    }

    @GET
    @Authenticated
    @Operation(summary = "The imports of your organizations (every import for operators), newest first")
    public PageResult<ListingImportView> list(@Valid @BeanParam PageQuery page, HttpHeaders headers) {
        return imports.mine(page, Locales.of(headers));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "An import's state and progress (rows done of total, imported, failed); poll until finishedAt is set")
    public ListingImportView get(@PathParam("id") long id, HttpHeaders headers) {
        return imports.view(id, Locales.of(headers));
    }

    @GET
    @Path("/{id}/errors")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The error report: one entry per problem, with row number, column (as headed in the file), field and message")
    public PageResult<ImportErrorView> errors(@PathParam("id") long id, @Valid @BeanParam PageQuery page, HttpHeaders headers) {
        return imports.errors(id, page, Locales.of(headers));
    }

    @GET
    @Path("/{id}/errors")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Authenticated
    @Operation(summary = "The whole error report as CSV (send Accept: text/csv), in the language of Accept-Language")
    public Response errorsCsv(@PathParam("id") long id, HttpHeaders headers) {
        return uploads.errorReport(id, Locales.of(headers));
    }

    @GET
    @Path("/template")
    @Produces({CsvWriter.MEDIA_TYPE, XLSX})
    @Operation(summary = "The template to fill in: ?kind=NEED|RESULT&format=csv|xlsx; headers in the language of Accept-Language")
    public Response template(@QueryParam("kind") @NotNull(message = "{kind.required}") ListingKind kind,
                             @Parameter(description = "csv (default) or xlsx") @QueryParam("format") @DefaultValue("csv") String format,
                             HttpHeaders headers) {
        return uploads.template(kind, format, Locales.of(headers));
    }
}
