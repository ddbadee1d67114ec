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
import java.util.regex.Pattern;

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

    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        user.profile();
        return Response.seeOther(URI.create(isLocalPath(next) ? next : landing())).build();
    }

    /**
     * Only local paths in plain URL characters are followed, so the sign-in cannot be turned into an open redirect,
     * and a space, a control character or an ideographic space falls back to the account page.
     */
    static boolean isLocalPath(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() && !next.startsWith("//");
    }

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

    /**
     * Asking who is signed in runs the OIDC mechanism, which ends a live session at this path with a redirect to
     * Keycloak; signed out, there is nothing to end.
     */
    @GET
    @Path("logout")
    public Response logout() {
        user.isSignedIn();
        return Response.seeOther(URI.create("/")).build();
    }

    /** Where a sign-in without a page to return to lands: the bureau on what it oversees, the others on 我的账户. */
    private String landing() {
        return user.hasRole("bureau") ? "/bureau" : "/me";
    }
}
