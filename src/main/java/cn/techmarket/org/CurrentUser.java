package cn.techmarket.org;

import cn.techmarket.common.Roles;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who is calling: the Keycloak identity (platform roles) plus the platform's profile of that user, created on the
 * first request that needs it. Templates read it as {inject:currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    public static final Set<String> ROLES = Roles.ALL;
    @Inject
    SecurityIdentity identity;
    @Inject
    java.time.Clock clock;
    private UserProfile profile;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public String getName() {
        return displayName();
    }

    /** Family name first for Chinese names (张伟), from the token's given and family names. */
    private String displayName() {
        String display = claim("name");
        String fallback = display != null ? display : isSignedIn() ? identity.getPrincipal().getName() : null;
        return cn.techmarket.common.PersonName.of(claim("given_name"), claim("family_name"), fallback);
    }

    public String subject() {
        if (!isSignedIn()) {
            throw new UnauthorizedException();
        }
        String sub = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /**
     * The caller's profile; the first call for a new Keycloak user creates it (concurrent first calls are safe). The
     * upsert locks the row until the caller's transaction ends, so it runs only when the token's names differ or the
     * last sighting is old: otherwise every request of one user (a provider's 32 parallel redemptions) queued on it.
     */
    @Transactional
    public UserProfile profile() {
        if (profile == null) {
            String subject = subject();
            UserProfile known = UserProfile.bySubject(subject).orElse(null);
            if (known != null && current(known)) {
                profile = known;
                return profile;
            }
            UserProfile.getEntityManager().createNativeQuery("""
                    insert into user_profile (subject, username, display_name, email) values (?1, ?2, ?3, ?4)
                    on conflict (subject) do update set username = excluded.username,
                      display_name = excluded.display_name, email = excluded.email, last_seen_at = now()""")
                    .setParameter(1, subject).setParameter(2, identity.getPrincipal().getName())
                    .setParameter(3, displayName()).setParameter(4, claim("email")).executeUpdate();
            if (known != null) {
                UserProfile.getEntityManager().refresh(known); // the upsert bypassed the loaded entity
            }
            profile = known != null ? known : UserProfile.bySubject(subject).orElseThrow();
        }
        return profile;
    }

    private boolean current(UserProfile known) {
        return java.util.Objects.equals(known.username, identity.getPrincipal().getName())
                && java.util.Objects.equals(known.displayName, displayName())
                && java.util.Objects.equals(known.email, claim("email"))
                && known.lastSeenAt != null && known.lastSeenAt.isAfter(java.time.OffsetDateTime.now(clock).minus(LAST_SEEN_EVERY));
    }

    private static final java.time.Duration LAST_SEEN_EVERY = java.time.Duration.ofMinutes(5);

    /** Platform operators administer every organization; others only those where they are an org admin. */
    public boolean administers(long organizationId) {
        return isAdmin() || (isSignedIn() && Membership.of(profile(), organizationId)
                .map(m -> m.role == MemberRole.ORG_ADMIN).orElse(false));
    }

    /**
     * A member of the organization, whatever the caller's platform role: for actions taken in an organization's
     * name (withdrawing or deciding its interests), which an operator sees but may not perform.
     */
    public boolean isMemberOf(long organizationId) {
        return isSignedIn() && Membership.of(profile(), organizationId).isPresent();
    }

    public boolean belongsTo(long organizationId) {
        return isAdmin() || (isSignedIn() && Membership.of(profile(), organizationId).isPresent());
    }

    /** Gated listing details and contacts are for members of a verified organization. */
    public boolean isVerifiedMember() {
        return isSignedIn() && Membership.ofUser(profile()).stream()
                .anyMatch(m -> m.organization.verification == Verification.VERIFIED);
    }

    public java.util.List<Long> organizationIds() {
        return isSignedIn() ? Membership.ofUser(profile()).stream().map(m -> m.organization.id).toList()
                : java.util.List.of();
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
