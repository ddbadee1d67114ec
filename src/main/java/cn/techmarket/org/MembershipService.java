package cn.techmarket.org;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Who belongs to an organization. Only its org admins and the platform operators change that. */
@ApplicationScoped
public class MembershipService {
    @Inject
    OrganizationService organizations;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public record MemberView(String username, String displayName, MemberRole role, OffsetDateTime since) {
        static MemberView from(Membership m) {
            return new MemberView(m.user.username, m.user.displayName, m.role, m.createdAt);
        }
    }

    public List<MemberView> members(long organizationId) {
        organizations.visible(organizationId);
        if (!user.belongsTo(organizationId)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return Membership.inOrganization(organizationId).stream().map(MemberView::from).toList();
    }

    /** Adds or re-roles a user who has signed in at least once. */
    @Transactional
    public MemberView put(long organizationId, String username, MemberRole role) {
        Organization org = organizations.administered(organizationId);
        UserProfile member = UserProfile.byUsername(username)
                .orElseThrow(() -> new InvalidInputException("username", "{member.unknown}"));
        Membership membership = Membership.of(member, organizationId).orElse(null);
        MemberView before = membership == null ? null : MemberView.from(membership);
        if (membership == null) {
            membership = new Membership();
            membership.user = member;
            membership.organization = org;
            membership.createdAt = OffsetDateTime.now(clock);
        }
        if (before != null && before.role() == MemberRole.ORG_ADMIN && role != MemberRole.ORG_ADMIN) {
            requireAnotherAdmin(organizationId);
        }
        membership.role = role;
        membership.persist();
        MemberView after = MemberView.from(membership);
        audit.record("membership.saved", OrganizationService.AUDIT_TYPE, organizationId, before, after);
        return after;
    }

    @Transactional
    public void remove(long organizationId, String username) {
        organizations.administered(organizationId);
        Membership membership = UserProfile.byUsername(username).flatMap(u -> Membership.of(u, organizationId))
                .orElseThrow(NotFoundException::new);
        if (membership.role == MemberRole.ORG_ADMIN) {
            requireAnotherAdmin(organizationId);
        }
        MemberView before = MemberView.from(membership);
        membership.delete();
        audit.record("membership.removed", OrganizationService.AUDIT_TYPE, organizationId, before, null);
    }

    private static void requireAnotherAdmin(long organizationId) {
        if (Membership.adminsOf(organizationId) <= 1) {
            throw new RuleViolation("last-org-admin", "an organization keeps at least one org admin");
        }
    }
}
