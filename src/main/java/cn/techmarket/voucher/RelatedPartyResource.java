package cn.techmarket.voucher;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/organizations/{orgId}/related-parties")
@Tag(name = "vouchers")
@Authenticated
class RelatedPartyResource {
    @Inject
    RelatedPartyService parties;

    @GET
    public List<RelatedPartyService.View> list(@PathParam("orgId") long orgId) {
        return parties.of(orgId);
    }

    @POST
    public Response add(@PathParam("orgId") long orgId, @Valid @NotNull RelatedPartyForm form) {
        return Response.status(201).entity(parties.add(orgId, form)).build();
    }
}
