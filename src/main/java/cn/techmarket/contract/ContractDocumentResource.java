package cn.techmarket.contract;

import cn.techmarket.common.InvalidInputException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Uploads under their own path: it is the one contract path allowed the upload body limit (application.properties). */
@Path("/api/v1/contract-documents")
@Authenticated
@Tag(name = "contracts")
class ContractDocumentResource {
    @Inject
    ContractDocuments documents;

    @POST
    @Path("/{contractId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ResponseStatus(201)
    @Operation(summary = "Attach a PDF, JPEG or PNG (10 MB at most) as ?kind=CONTRACT_TEXT, IP_PROOF, SUPPLEMENT or OTHER")
    public DocumentView attach(@PathParam("contractId") long contractId, @QueryParam("kind") DocumentKind kind,
                               @RestForm("file") FileUpload file) {
        byte[] content = null;
        if (file != null && file.uploadedFile() != null && file.size() <= ContractDocuments.MAX_BYTES) {
            try {
                content = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (file != null && file.size() > ContractDocuments.MAX_BYTES) {
            throw new InvalidInputException("file", "{contract.document.too-large}");
        }
        return documents.attach(contractId, kind, file == null ? null : file.fileName(), content);
    }

    @GET
    @Path("/{contractId}/{documentId}")
    @Operation(summary = "Download an attached document")
    public Response download(@PathParam("contractId") long contractId, @PathParam("documentId") long documentId) {
        ContractDocument d = documents.download(contractId, documentId);
        return Response.ok(d.content, d.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"document-" + d.id + "\"").build();
    }
}
