package cn.techmarket.contract;

import cn.techmarket.common.InvalidInputException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/** The page form's upload, under the one page path allowed the upload body limit. */
@Path("/contract-documents")
@Authenticated
class ContractDocumentPages {
    @Inject
    ContractDocuments documents;
    @Inject
    ContractPages pages;

    @POST
    @Path("/{contractId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("contractId") long contractId, @RestForm String kind,
                           @RestForm("file") FileUpload file, HttpHeaders headers) {
        try {
            DocumentKind k = kind == null || kind.isBlank() ? null : DocumentKind.valueOf(kind);
            if (file != null && file.size() > ContractDocuments.MAX_BYTES) {
                throw new InvalidInputException("file", "{contract.document.too-large}");
            }
            byte[] content = file == null || file.uploadedFile() == null ? null : Files.readAllBytes(file.uploadedFile());
            documents.attach(contractId, k, file == null ? null : file.fileName(), content);
            return Response.seeOther(URI.create("/contracts/" + contractId + "#documents")).build();
        } catch (IllegalArgumentException e) {
            return pages.refused(contractId, new InvalidInputException("kind", "{value.unreadable}"), headers);
        } catch (InvalidInputException e) {
            return pages.refused(contractId, e, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
