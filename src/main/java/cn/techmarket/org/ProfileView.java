package cn.techmarket.org;

import java.util.List;

/** Builds the profile shown by the API and by the 我的账户 page. */
final class ProfileView {
    private ProfileView() {
    }

    static ProfileResource.Profile of(CurrentUser user) {
        UserProfile p = user.profile();
        List<String> roles = CurrentUser.ROLES.stream().filter(user::hasRole).sorted().toList();
        List<ProfileResource.Affiliation> orgs = Membership.ofUser(p).stream()
                .map(m -> new ProfileResource.Affiliation(m.organization.id, m.organization.nameZh, m.role)).toList();
        return new ProfileResource.Profile(p.subject, p.username, p.displayName, p.email, roles, orgs);
    }
}
