package cn.techmarket.subscription;

import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.search.SearchQuery;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** /subscriptions: manage saved searches and followed needs; 保存此搜索 posts here from /search, 关注 from a need. */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class SubscriptionPages {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    FormValidation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(List<SavedSearchView> searches, List<FollowView> follows, String name,
                                              String queryString, FormErrors errors, boolean saved);
    }

    @GET
    public TemplateInstance manage(@jakarta.ws.rs.QueryParam("saved") boolean saved) {
        return Templates.manage(subscriptions.searches(), subscriptions.follows(), null, null, FormErrors.NONE, saved);
    }

    /** The form posts to this path plus the search's own query string, so the parameters bind as on /search. */
    @POST
    @Path("/searches")
    public Response save(@RestForm String name, @BeanParam SearchQuery search, HttpHeaders headers) {
        var parameters = SavedQuery.parameters(search);
        try {
            subscriptions.saveSearch(name, parameters);
            return Response.seeOther(URI.create("/subscriptions?saved=true")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.manage(subscriptions.searches(), subscriptions.follows(), name,
                    SavedQuery.href(parameters).substring("/search?".length()), validation.of(e, headers), false)).build();
        }
    }

    @POST
    @Path("/searches/{id}/state")
    public Response searchState(@PathParam("id") long id, @RestForm boolean paused) {
        subscriptions.pauseSearch(id, paused);
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    @POST
    @Path("/searches/{id}/delete")
    public Response deleteSearch(@PathParam("id") long id) {
        subscriptions.deleteSearch(id);
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    @POST
    @Path("/follows")
    public Response follow(@RestForm long listingId) {
        subscriptions.follow(listingId);
        return Response.seeOther(URI.create("/listings/" + listingId + "#follow")).build();
    }

    @POST
    @Path("/follows/{id}/state")
    public Response followState(@PathParam("id") long id, @RestForm boolean paused, @RestForm String back) {
        subscriptions.pauseFollow(id, paused);
        return Response.seeOther(URI.create(back != null && back.matches("/listings/\\d+") ? back : "/subscriptions")).build();
    }

    @POST
    @Path("/follows/{id}/delete")
    public Response unfollow(@PathParam("id") long id, @RestForm String back) {
        subscriptions.unfollow(id);
        return Response.seeOther(URI.create(back != null && back.matches("/listings/\\d+") ? back : "/subscriptions")).build();
    }
}
