package cn.techmarket.listing.importing;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import cn.techmarket.importing.CsvWriter;
import cn.techmarket.importing.ImportConfig;
import cn.techmarket.importing.ImportErrorView;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.org.Organization;
import cn.techmarket.web.FormValidation;
import cn.techmarket.web.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 批量导入: the upload form and a job's progress and error report. Post/Redirect/Get; the progress page reloads itself. */
@Path("/listings/import")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ListingImportPages {
    static final int REFRESH_SECONDS = 2;
    @Inject
    ListingImportService imports;
    @Inject
    ImportUploads uploads;
    @Inject
    ImportConfig config;
    @Inject
    FormValidation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Chosen chosen, FormErrors errors, List<Organization> organizations,
                                            PageResult<ListingImportView> recent, int maxRows, long maxMb);

        static native TemplateInstance show(ListingImportView job, PageResult<ImportErrorView> errors, Pager pager);
    }

    /** What the form had when it comes back with errors. */
    record Chosen(Long organizationId, String kind, boolean submit) {
    }

    @GET
    public TemplateInstance form(HttpHeaders headers) {
        return form(new Chosen(null, ListingKind.RESULT.name(), false), FormErrors.NONE, headers);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm Long organizationId, @RestForm String kind, @RestForm boolean submit,
                           @RestForm("file") FileUpload file, HttpHeaders headers) {
        Chosen chosen = new Chosen(organizationId, kind, submit);
        List<FieldError> missing = new ArrayList<>();
        if (organizationId == null) {
            missing.add(new FieldError("organizationId", "{organization.required}"));
        }
        ListingKind parsedKind = "NEED".equals(kind) || "RESULT".equals(kind) ? ListingKind.valueOf(kind) : null;
        if (parsedKind == null) {
            missing.add(new FieldError("kind", "{kind.required}"));
        }
        try {
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
            ListingImportView job = uploads.start(parsedKind, organizationId, submit, file, Locales.of(headers));
            return Response.seeOther(URI.create("/listings/import/" + job.id())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(chosen, validation.of(e, headers), headers)).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") long id, @Valid @BeanParam PageQuery page, HttpHeaders headers) {
        ListingImportView job = imports.view(id, Locales.of(headers));
        PageResult<ImportErrorView> errors = imports.errors(id, page, Locales.of(headers));
        Pager pager = Pager.of("/listings/import/" + id, Map.of(), errors);
        Response.ResponseBuilder response = Response.ok(Templates.show(job, errors, pager));
        // the HTTP Refresh header reloads the page in every browser, phones included, without any script
        return job.finished() ? response.build() : response.header("Refresh", REFRESH_SECONDS).build();
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response errorsCsv(@PathParam("id") long id, HttpHeaders headers) {
        return uploads.errorReport(id, Locales.of(headers));
    }

    private TemplateInstance form(Chosen chosen, FormErrors errors, HttpHeaders headers) {
        return Templates.form(chosen, errors, imports.organizationsOfCaller(),
                imports.mine(PageQuery.of(1, 10), Locales.of(headers)), config.maxRows(),
                config.maxFileSize().asLongValue() / (1024 * 1024));
    }
}
