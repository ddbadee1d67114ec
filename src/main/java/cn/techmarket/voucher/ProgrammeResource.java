package cn.techmarket.voucher;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/voucher-programmes")
@Tag(name = "vouchers", description = "Innovation vouchers 科技创新券")
@Authenticated
class ProgrammeResource {
    @Inject
    ProgrammeService programmes;

    @GET
    public List<ProgrammeView> list() {
        return programmes.list();
    }

    @GET
    @Path("/{id}")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.get(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    public ProgrammeTerms version(@PathParam("id") long id, @PathParam("version") int version) {
        return programmes.version(id, version);
    }

    @POST
    @RolesAllowed({"bureau", "admin"})
    public Response create(@Valid @NotNull ProgrammeForm form) {
        ProgrammeView view = programmes.create(form);
        return Response.created(URI.create("/api/v1/voucher-programmes/" + view.id())).entity(view).build();
    }

    /** A change: the terms become a new version. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({"bureau", "admin"})
    public ProgrammeView change(@PathParam("id") long id, @Valid @NotNull ProgrammeTerms terms) {
        return programmes.change(id, terms);
    }
}
