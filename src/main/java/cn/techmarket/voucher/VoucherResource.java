package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.audit.AuditView;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** A voucher's life through the API; each call is allowed per voucher (holder, provider, city bureau, issuer). */
@Path("/api/v1/vouchers")
@Tag(name = "vouchers")
@Authenticated
class VoucherResource {
    @Inject
    VoucherService vouchers;
    @Inject
    OrderService orders;
    @Inject
    RedemptionService redemption;
    @Inject
    Corrections corrections;
    @Inject
    Vouchers access;
    @Inject
    AuditTrail audit;

    @GET
    public List<VoucherView> list(@QueryParam("status") VoucherStatus status) {
        return vouchers.visible(status, 200);
    }

    @POST
    public Response apply(@Valid @NotNull VoucherForms.Application form) {
        VoucherView v = vouchers.apply(form);
        return Response.created(URI.create("/api/v1/vouchers/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/teams")
    public Response team(@Valid @NotNull VoucherForms.Team form) {
        return Response.status(201).entity(vouchers.team(form)).build();
    }

    @GET
    @Path("/{id}")
    public VoucherView get(@PathParam("id") long id) {
        return vouchers.get(id);
    }

    @GET
    @Path("/{id}/audit")
    public PageResult<AuditView> audit(@PathParam("id") long id, @Valid @BeanParam PageQuery page) {
        access.read(id);
        return audit.of(VoucherService.AUDIT_TYPE, String.valueOf(id), page);
    }

    @POST
    @Path("/{id}/decision")
    public VoucherView decide(@PathParam("id") long id, @Valid @NotNull VoucherForms.Decision form) {
        return vouchers.decide(id, form);
    }

    @POST
    @Path("/{id}/orders")
    public Response order(@PathParam("id") long id, @Valid @NotNull VoucherForms.Order form) {
        return Response.status(201).entity(orders.place(id, form)).build();
    }

    @POST
    @Path("/orders/{orderId}/confirmation")
    public VoucherView confirm(@PathParam("orderId") long orderId, @Valid @NotNull VoucherForms.Confirmation form) {
        return orders.confirm(orderId, form);
    }

    @POST
    @Path("/{id}/pledge")
    public VoucherView pledge(@PathParam("id") long id, @Valid @NotNull VoucherForms.Pledge form) {
        return vouchers.pledge(id, form);
    }

    @DELETE
    @Path("/{id}/pledge")
    public VoucherView releasePledge(@PathParam("id") long id) {
        return vouchers.releasePledge(id);
    }

    @POST
    @Path("/{id}/void")
    public VoucherView voidIt(@PathParam("id") long id, @Valid @NotNull VoucherForms.Void form) {
        return vouchers.voidIt(id, form);
    }

    @POST
    @Path("/{id}/submission")
    public VoucherView submit(@PathParam("id") long id, @Valid @NotNull VoucherForms.Submission form) {
        return redemption.submit(id, form);
    }

    @POST
    @Path("/{id}/reviews")
    public VoucherView review(@PathParam("id") long id, @Valid @NotNull VoucherForms.Decision form) {
        return redemption.review(id, form);
    }

    @POST
    @Path("/{id}/publicity")
    public VoucherView publicize(@PathParam("id") long id) {
        return redemption.publicize(id);
    }

    @POST
    @Path("/{id}/payment")
    public VoucherView pay(@PathParam("id") long id) {
        return redemption.pay(id);
    }

    /** The issuer takes back part or all of a paid subsidy, with the reason (a negative line; nothing is edited). */
    @POST
    @Path("/{id}/corrections")
    public Response correct(@PathParam("id") long id, @Valid @NotNull VoucherForms.Correction form) {
        return Response.status(201).entity(corrections.book(id, form)).build();
    }

    @GET
    @Path("/{id}/corrections")
    public List<Corrections.View> corrections(@PathParam("id") long id) {
        return corrections.of(id);
    }
}
