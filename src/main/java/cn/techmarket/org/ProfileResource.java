package cn.techmarket.org;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me")
@Tag(name = "profile", description = "The signed-in user 当前用户")
class ProfileResource {
    @Inject
    CurrentUser user;

    record Affiliation(long organizationId, String organizationName, MemberRole role) {
    }

    record Profile(String subject, String username, String displayName, String email, List<String> roles,
                   List<Affiliation> organizations) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's profile (created at first sign-in), platform roles and organizations")
    public Profile me() {
        return ProfileView.of(user);
    }
}
