package cn.techmarket.search;

import cn.techmarket.common.Roles;
import cn.techmarket.common.FormErrors;
import cn.techmarket.listing.ListingMessages;
import cn.techmarket.reference.ReferenceNames;
import cn.techmarket.web.FormValidation;
import cn.techmarket.web.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.Locale;

/** The results page: the same parameters as GET /api/v1/search, so a URL is a shareable search. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
class SearchPages {
    private static final Logger LOG = Logger.getLogger(SearchPages.class);
    @Inject
    ListingSearch search;
    @Inject
    ReferenceNames names;
    @Inject
    FormValidation validation;
    @Inject
    Reindexer reindexer;
    @Inject
    IndexWorker worker;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(SearchPage page, FormErrors errors, boolean unavailable);

        static native TemplateInstance index(java.util.List<cn.techmarket.listing.ListingKind> kinds,
                                             java.util.List<ReindexProgress> jobs, long pending, double lagSeconds);
    }

    /** The operator's view of the search index: outbox backlog, lag, and rebuilds with their progress. */
    @GET
    @Path("/index")
    @jakarta.annotation.security.RolesAllowed(Roles.ADMIN)
    public TemplateInstance index() {
        java.util.List<ReindexProgress> jobs = java.util.Arrays.stream(cn.techmarket.listing.ListingKind.values())
                .map(reindexer::progress).filter(java.util.Objects::nonNull).toList();
        return Templates.index(java.util.List.of(cn.techmarket.listing.ListingKind.values()), jobs, worker.pending(),
                worker.lagSeconds());
    }

    @jakarta.ws.rs.POST
    @Path("/index/{kind}")
    @jakarta.annotation.security.RolesAllowed(Roles.ADMIN)
    public Response reindex(@jakarta.ws.rs.PathParam("kind") cn.techmarket.listing.ListingKind kind) {
        reindexer.start(kind);
        return Response.seeOther(java.net.URI.create("/search/index")).build();
    }

    @GET
    public Response results(@BeanParam SearchQuery query, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        FormErrors errors = validation.check(query);
        SearchResult result = SearchResult.EMPTY;
        boolean unavailable = false;
        if (errors.isEmpty()) {
            try {
                result = search.search(query);
            } catch (SearchUnavailable e) {
                LOG.warnf("search unavailable: %s", e.getMessage());
                unavailable = true;
            }
        }
        ListingMessages msg = MessageBundles.get(ListingMessages.class, Localized.Literal.of(locale.toLanguageTag()));
        SearchPage page = SearchPage.of(query, result, msg, names, locale);
        int status = !errors.isEmpty() ? 400 : unavailable ? 503 : 200;
        return Response.status(status).entity(Templates.results(page, errors, unavailable)).build();
    }
}
