package cn.techmarket.home;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.org.OrganizationFilter;
import cn.techmarket.org.OrganizationService;
import cn.techmarket.org.OrganizationView;
import cn.techmarket.search.ListingSearch;
import cn.techmarket.search.SearchQuery;
import cn.techmarket.search.SearchResult;
import cn.techmarket.search.SearchUnavailable;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;


/** The home page: the search box, the newest needs and results, and the newest organizations. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class HomePages {
    private static final Logger LOG = Logger.getLogger(HomePages.class);
    private static final int NEWEST = 6;
    @Inject
    OrganizationService organizations;
    @Inject
    ListingSearch search;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageResult<OrganizationView> organizations, SearchResult needs,
                                            SearchResult results);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(organizations.list(new OrganizationFilter(), PageQuery.of(1, 6)), newest(ListingKind.NEED),
                newest(ListingKind.RESULT));
    }

    /** The home page still renders while search is down; it just shows no listings. */
    private SearchResult newest(ListingKind kind) {
        SearchQuery query = new SearchQuery();
        query.type = kind;
        query.sort = "newest";
        query.size = NEWEST;
        try {
            return search.search(query);
        } catch (SearchUnavailable e) {
            LOG.warnf("newest listings unavailable: %s", e.getMessage());
            return SearchResult.EMPTY;
        }
    }
}
