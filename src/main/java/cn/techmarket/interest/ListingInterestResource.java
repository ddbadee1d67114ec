package cn.techmarket.interest;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/listings/{id}/interests")
@Authenticated
@Tag(name = "interests", description = "表达意向: expressions of interest in listings, and the owners' decisions")
class ListingInterestResource {
    @Inject
    InterestService interests;

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Express interest in a published listing of another organization (members of verified organizations); 409 interest-own-listing, interest-exists")
    public InterestView express(@PathParam("id") long listingId, @Valid @NotNull InterestForm form) {
        return interests.express(listingId, form);
    }

    @GET
    @Operation(summary = "The interests a listing received (its owners, operators); the party's contacts once accepted")
    public PageResult<InterestView> received(@PathParam("id") long listingId, @Valid @BeanParam PageQuery page) {
        return interests.received(listingId, page);
    }
}
