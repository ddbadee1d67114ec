package cn.techmarket.subscription;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

@Path("/api/v1")
@Authenticated
@Tag(name = "subscriptions", description = "订阅: saved searches and followed needs; new matches go to the inbox and by e-mail")
class SubscriptionResource {
    @Inject
    SubscriptionService subscriptions;

    @GET
    @Path("/saved-searches")
    @Operation(summary = "Your saved searches")
    public List<SavedSearchView> searches() {
        return subscriptions.searches();
    }

    @POST
    @Path("/saved-searches")
    @ResponseStatus(201)
    @Operation(summary = "Save a search {name, query: {q, type, industry, region, stage, trl, mode, ipType, priceBand, needClass}} (the /search parameters); 409 subscription-limit")
    public SavedSearchView save(@Valid @NotNull SubscriptionForms.SaveSearch body) {
        return subscriptions.saveSearch(body.name(), body.query());
    }

    @PUT
    @Path("/saved-searches/{id}")
    @Operation(summary = "Pause or resume one of your saved searches {paused}")
    public SavedSearchView pause(@PathParam("id") long id, @NotNull SubscriptionForms.State body) {
        return subscriptions.pauseSearch(id, body.paused());
    }

    @DELETE
    @Path("/saved-searches/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete one of your saved searches")
    public void delete(@PathParam("id") long id) {
        subscriptions.deleteSearch(id);
    }

    @GET
    @Path("/follows")
    @Operation(summary = "The needs you follow")
    public List<FollowView> follows() {
        return subscriptions.follows();
    }

    @POST
    @Path("/follows")
    @ResponseStatus(201)
    @Operation(summary = "Follow a published need {listingId}: matching new results reach your inbox; 409 follow-not-a-need, subscription-limit")
    public FollowView follow(@Valid @NotNull SubscriptionForms.Follow body) {
        return subscriptions.follow(body.listingId());
    }

    @PUT
    @Path("/follows/{id}")
    @Operation(summary = "Pause or resume a follow {paused}")
    public FollowView pauseFollow(@PathParam("id") long id, @NotNull SubscriptionForms.State body) {
        return subscriptions.pauseFollow(id, body.paused());
    }

    @DELETE
    @Path("/follows/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Stop following")
    public void unfollow(@PathParam("id") long id) {
        subscriptions.unfollow(id);
    }
}
