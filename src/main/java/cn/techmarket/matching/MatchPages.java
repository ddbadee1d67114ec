package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingService;
import cn.techmarket.listing.ListingView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Suggestions for a listing: a page of its own, and the panel the listing page pulls in. */
@Path("/matches")
@Produces(MediaType.TEXT_HTML)
class MatchPages {
    static final int ON_PAGE = 10;
    static final int IN_PANEL = 5;
    @Inject
    ListingService listings;
    @Inject
    Matcher matcher;
    @Inject
    cn.techmarket.org.CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ListingView listing, List<Match> matches, NeedComplexity.Score complexity);

        static native TemplateInstance panel(ListingView listing, List<Match> matches, NeedComplexity.Score complexity);
    }

    @GET
    @Path("/{listingId}")
    public TemplateInstance page(@PathParam("listingId") long listingId, @QueryParam("panel") @DefaultValue("false") boolean panel) {
        ListingView listing = listings.view(listingId);
        Listing source = Listing.findById(listingId);
        List<Match> matches = matcher.match(source, MatchMethod.FULL, panel ? IN_PANEL : ON_PAGE);
        // a complex need is routed to a broker: its score and factors sit above the automatic suggestions
        NeedComplexity.Score complexity = source.kind == ListingKind.NEED
                && NeedComplexity.visibleTo(user, source) ? NeedComplexity.of(source) : null;
        return panel ? Templates.panel(listing, matches, complexity) : Templates.page(listing, matches, complexity);
    }
}
