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

/** Providers 创新服务机构 by organization id: registration, the bureau's decision, the catalogue, the orders. */
@Path("/api/v1/voucher-providers")
@Tag(name = "vouchers")
@Authenticated
class ProviderResource {
    @Inject
    ProviderService providers;
    @Inject
    OrderService orders;

    @GET
    public List<ProviderView> accepted() {
        return providers.accepted();
    }

    @GET
    @Path("/{orgId}")
    public ProviderView get(@PathParam("orgId") long orgId) {
        return providers.get(orgId);
    }

    @PUT
    @Path("/{orgId}")
    public ProviderView register(@PathParam("orgId") long orgId, @Valid @NotNull ProviderForms.Registration form) {
        return providers.register(orgId, form);
    }

    @POST
    @Path("/{orgId}/decision")
    @RolesAllowed({"bureau", "admin"})
    public ProviderView decide(@PathParam("orgId") long orgId, @Valid @NotNull ProviderForms.Decision form) {
        return providers.decide(orgId, form);
    }

    @POST
    @Path("/{orgId}/services")
    public Response offer(@PathParam("orgId") long orgId, @Valid @NotNull ProviderForms.Service form) {
        ProviderView.ServiceView s = providers.offer(orgId, form);
        return Response.created(URI.create("/api/v1/voucher-providers/" + orgId)).entity(s).build();
    }

    @GET
    @Path("/{orgId}/orders")
    public List<VoucherView.OrderView> orders(@PathParam("orgId") long orgId) {
        return orders.ofProvider(orgId);
    }
}
