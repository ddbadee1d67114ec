package cn.techmarket.listing;

import cn.techmarket.common.Roles;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.time.LocalDate;

@Path("/api/v1/listings")
@Tag(name = "listings", description = "Technology needs 技术需求 and results 科技成果: create, edit, workflow")
class ListingResource {
    @Inject
    ListingService listings;

    record Transition(@NotNull(message = "{action.required}") ListingAction action,
                      @Size(max = 1000, message = "{size.max1000}") String reason, LocalDate expiresAt) {
    }

    @POST
    @ResponseStatus(201)
    @Authenticated
    @Operation(summary = "Create a draft ?kind=NEED (enterprise) or RESULT (researcher, enterprise) for ?organizationId= (one of yours)")
    public ListingView create(@QueryParam("kind") @NotNull(message = "{kind.required}") ListingKind kind,
                              @QueryParam("organizationId") @NotNull(message = "{organization.required}") Long organizationId,
                              @Valid @NotNull ListingForm form) {
        return listings.create(kind, organizationId, form);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A listing: public summary; details and contacts for verified organizations; drafts for owners")
    public ListingView get(@PathParam("id") long id) {
        return listings.view(id);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Edit a draft or returned listing (owners); send the version you edited")
    public ListingView update(@PathParam("id") long id, @Valid @NotNull ListingForm form) {
        return listings.update(id, form);
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    @Operation(summary = "Workflow: SUBMIT, WITHDRAW, REOPEN, MARK_DEALT, RENEW (owners); APPROVE, RETURN, REJECT (operators, with a reason)")
    public ListingView act(@PathParam("id") long id, @Valid @NotNull Transition body) {
        return listings.act(id, body.action(), body.reason(), body.expiresAt());
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "我的发布: the listings of your organizations, in any state")
    public PageResult<ListingView> mine(@QueryParam("status") ListingStatus status, @QueryParam("kind") ListingKind kind,
                                        @Valid @BeanParam PageQuery page) {
        return listings.mine(status, kind, page);
    }

    @GET
    @Path("/moderation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The moderation queue: submitted listings, oldest first")
    public PageResult<ListingView> queue(@Valid @BeanParam PageQuery page) {
        return listings.queue(page);
    }
}
