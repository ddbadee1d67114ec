package cn.techmarket.contract.importing;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.importing.CsvWriter;
import cn.techmarket.importing.ErrorReportCsv;
import cn.techmarket.importing.ImportErrorView;
import cn.techmarket.importing.ImportFileException;
import cn.techmarket.importing.ImportFiles;
import cn.techmarket.web.Locales;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/contract-imports")
@RolesAllowed({"registrar", "admin"})
@Tag(name = "contracts", description = "Bulk import of historical registrations (CSV or XLSX, one row per 登记/变更/注销)")
class ContractImportResource {
    @Inject
    ContractImportService imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(202)
    @Operation(summary = "Start an import; rows run in the background, follow GET /{id}")
    public ContractImportView start(@RestForm("file") FileUpload file, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        ImportFiles.Upload upload = file == null || file.uploadedFile() == null ? new ImportFiles.Upload(null, 0, null)
                : new ImportFiles.Upload(file.fileName(), file.size(), file.uploadedFile());
        try {
            return imports.start(upload, locale);
        } catch (ImportFileException e) {
            throw e.asInvalidInput(locale);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of an import")
    public ContractImportView get(@PathParam("id") long id, HttpHeaders headers) {
        return imports.view(id, Locales.of(headers));
    }

    @GET
    @Path("/{id}/errors")
    @Operation(summary = "The per-row error report")
    public PageResult<ImportErrorView> errors(@PathParam("id") long id, @Valid @BeanParam PageQuery page,
                                              HttpHeaders headers) {
        return imports.errors(id, page, Locales.of(headers));
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces("text/csv")
    @Operation(summary = "The per-row error report as CSV")
    public Response errorsCsv(@PathParam("id") long id, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        boolean en = locale.getLanguage().equals("en");
        byte[] csv = ErrorReportCsv.of(imports.errors(id, null, locale).items(),
                en ? List.of("row", "column", "field", "message") : List.of("行", "列", "字段", "错误"));
        return Response.ok(csv, CsvWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contract-import-" + id + "-errors.csv\"")
                .build();
    }
}
