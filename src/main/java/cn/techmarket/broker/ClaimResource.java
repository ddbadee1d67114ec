package cn.techmarket.broker;

import cn.techmarket.common.Roles;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.matching.NeedComplexity;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Tag(name = "broker-queue", description = "The brokers' work queue, claims and assignments of needs, need complexity")
class ClaimResource {
    @Inject
    ClaimService claims;
    @Inject
    cn.techmarket.org.CurrentUser user;

    record Assignment(@NotNull(message = "{broker.unknown}") Long brokerId) {
    }

    @GET
    @Path("/broker-queue")
    @Authenticated
    @Operation(summary = "Published needs without a broker: by fit to your fields and regions, then complexity (brokers); by complexity (operator)")
    public PageResult<QueueItem> queue(@Valid @BeanParam PageQuery page) {
        return claims.queue(page);
    }

    @GET
    @Path("/needs/{id}/claim")
    @Authenticated
    @Operation(summary = "Who holds the need (404 when nobody does)")
    public ClaimView claim(@PathParam("id") long id) {
        return claims.of(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/needs/{id}/claim")
    @Authenticated
    @Operation(summary = "Claim a published need (broker with a profile); 409 need-already-claimed when another broker holds it")
    public ClaimView take(@PathParam("id") long id) {
        return claims.claim(id);
    }

    @DELETE
    @Path("/needs/{id}/claim")
    @Authenticated
    @ResponseStatus(204)
    @Operation(summary = "Give the need back to the queue (its broker or the operator); 409 while deals on it are open")
    public void release(@PathParam("id") long id) {
        claims.release(id);
    }

    @PUT
    @Path("/needs/{id}/assignment")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign the need to a broker, or move it to another (operator)")
    public ClaimView assign(@PathParam("id") long id, @Valid @NotNull Assignment body) {
        return claims.assign(id, body.brokerId());
    }

    @GET
    @Path("/needs/{id}/complexity")
    @Operation(summary = "The need's complexity score with its explained factors and routing (auto, broker suggested, broker required)")
    public NeedComplexity.Score complexity(@PathParam("id") long id) {
        Listing need = Listing.findById(id);
        if (need == null || need.kind != ListingKind.NEED || need.status != ListingStatus.PUBLISHED
                || !NeedComplexity.visibleTo(user, need)) {
            throw new NotFoundException();
        }
        return NeedComplexity.of(need);
    }
}
