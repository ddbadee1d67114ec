package cn.techmarket.org;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** 我的账户, and /login: the code flow's landing point, which creates the profile at first sign-in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class MePages {
    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(ProfileResource.Profile profile);
    }

    @GET
    @Path("me")
    @Authenticated
    public TemplateInstance me() {
        return Templates.me(ProfileView.of(user));
    }

    /** Only local paths are followed, so the sign-in cannot be turned into an open redirect. */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        user.profile();
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        return Response.seeOther(URI.create(local ? next : landing())).build();
    }

    /** Where a sign-in without a page to return to lands: the bureau on what it oversees, the others on 我的账户. */
    private String landing() {
        return user.hasRole("bureau") ? "/audit" : "/me";
    }
}
