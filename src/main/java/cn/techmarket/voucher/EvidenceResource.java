package cn.techmarket.voucher;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Map;

/** Evidence upload (multipart, field "file"); its own path prefix, the only voucher path that admits a large body. */
@Path("/api/v1/vouchers/evidence/{voucherId}/{kind}")
@Tag(name = "vouchers")
@Authenticated
class EvidenceResource {
    @Inject
    RedemptionService redemption;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("voucherId") long voucherId, @PathParam("kind") @NotNull Evidence.Kind kind,
                           @RestForm("file") FileUpload file) {
        EvidenceFile checked = EvidenceFile.of(file);
        Map<String, Object> view = redemption.addEvidence(voucherId, kind, checked);
        return Response.status(201).entity(view).build();
    }
}
