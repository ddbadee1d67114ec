package cn.techmarket.listing.importing;

import cn.techmarket.common.CsvWriter;
import cn.techmarket.listing.ListingKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Locale;

/** What the API and the pages share on the HTTP side of imports: the uploaded part, file errors, the downloads. */
@ApplicationScoped
class ImportUploads {
    @Inject
    ListingImportService imports;

    /** Starts an import; a file that cannot be imported becomes a 400 on the field "file", in the caller's language. */
    ListingImportView start(ListingKind kind, long organizationId, boolean submit, FileUpload file, Locale locale) {
        ListingImportService.Upload upload = file == null || file.uploadedFile() == null
                ? new ListingImportService.Upload(null, 0, null)
                : new ListingImportService.Upload(file.fileName(), file.size(), file.uploadedFile());
        try {
            return imports.start(kind, organizationId, submit, upload);
        } catch (ImportFileException e) {
            throw e.asInvalidInput(locale);
        }
    }

    Response errorReport(long id, Locale locale) {
        byte[] csv = ErrorReportCsv.of(imports.errors(id, null, locale).items(), locale);
        return download(csv, CsvWriter.MEDIA_TYPE, "listing-import-" + id + "-errors.csv");
    }

    Response template(ListingKind kind, String format, Locale locale) {
        String name = "techmarket-" + kind.slug() + "-import-template";
        return "xlsx".equalsIgnoreCase(format)
                ? download(ImportTemplates.xlsx(kind, locale), ListingImportResource.XLSX, name + ".xlsx")
                : download(ImportTemplates.csv(kind, locale), CsvWriter.MEDIA_TYPE, name + ".csv");
    }

    private static Response download(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
