package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/matches")
@Tag(name = "matching", description = "Results for a need, needs for a result, with the reasons 靶向对接、精准匹配")
class MatchResource {
    @Inject
    ListingService listings;
    @Inject
    Matcher matcher;

    @GET
    @Path("/{listingId}")
    @Operation(summary = "Listings of the other kind that fit this one, best first, each with its factor scores and shared words")
    public List<Match> matches(@PathParam("listingId") long listingId,
                               @QueryParam("method") @DefaultValue("FULL") MatchMethod method,
                               @QueryParam("size") @DefaultValue("10") @Min(value = 1, message = "{size.range}")
                               @Max(value = 50, message = "{size.range}") int size) {
        listings.view(listingId); // 404 unless the caller may see the listing
        return matcher.match(Listing.findById(listingId), method, size);
    }
}
