package cn.techmarket.search;

import cn.techmarket.common.Roles;
import cn.techmarket.listing.ListingKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

@Path("/api/v1/search")
@Tag(name = "search", description = "Chinese full-text search over published needs and results 搜索")
class SearchResource {
    @Inject
    ListingSearch search;
    @Inject
    Reindexer reindexer;

    @GET
    @Operation(summary = "Search published listings: text, facets, filters, sorting, highlighting, search_after paging",
            description = "When no listing has enough of the words, the hits are those with any of them and relaxed is "
                    + "true (follow-up requests carry words=any); when none has any, suggestions lists completions.")
    public SearchResult search(@Valid @BeanParam SearchQuery query) {
        return search.search(query);
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Type-ahead suggestions from titles and keywords")
    public List<String> suggest(@QueryParam("prefix") @NotBlank @Size(max = 30) String prefix) {
        return search.suggest(prefix.strip());
    }

    @POST
    @Path("/reindex/{kind}")
    @ResponseStatus(202)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild a kind's index from PostgreSQL into a new index and swap the alias (zero downtime)")
    public ReindexProgress reindex(@PathParam("kind") ListingKind kind) {
        return reindexer.start(kind);
    }

    @GET
    @Path("/reindex/{kind}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Progress of the latest rebuild of a kind's index")
    public ReindexProgress progress(@PathParam("kind") ListingKind kind) {
        ReindexProgress progress = reindexer.progress(kind);
        if (progress == null) {
            throw new NotFoundException();
        }
        return progress;
    }
}
