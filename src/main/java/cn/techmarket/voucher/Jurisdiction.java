package cn.techmarket.voucher;

import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.OrganizationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may see and do with vouchers. A bureau user acts for the GOVERNMENT organizations it is a member
 * of: as a city bureau for the city of each one's region (reviews of holders in that city), and as the issuer of the
 * programmes whose issuer is one of them. Enterprises act for their organizations, providers for theirs.
 */
@RequestScoped
class Jurisdiction {
    @Inject
    CurrentUser user;
    private Set<Long> orgs;
    private Set<Long> governments;
    private Set<String> cities;

    boolean admin() {
        return user.isAdmin();
    }

    String subject() {
        return user.subject();
    }

    Set<Long> orgs() {
        if (orgs == null) {
            orgs = Set.copyOf(user.organizationIds());
        }
        return orgs;
    }

    private void loadGovernments() {
        if (governments == null) {
            var bodies = user.hasRole("bureau") ? Membership.ofUser(user.profile()).stream()
                    .map(m -> m.organization).filter(o -> o.type == OrganizationType.GOVERNMENT).toList()
                    : java.util.List.<cn.techmarket.org.Organization>of();
            governments = bodies.stream().map(o -> o.id).collect(Collectors.toSet());
            cities = bodies.stream().map(o -> Cities.cityOf(o.regionCode)).collect(Collectors.toSet());
        }
    }

    /** The bureau of the holder's city, which makes the first review. */
    boolean cityBureauOf(String city) {
        loadGovernments();
        return cities.contains(city);
    }

    boolean issuerOf(Programme programme) {
        loadGovernments();
        return admin() || governments.contains(programme.issuerOrgId);
    }

    Set<String> bureauCities() {
        loadGovernments();
        return cities;
    }

    Set<Long> governments() {
        loadGovernments();
        return governments;
    }

    boolean holds(Voucher v) {
        if (v.holderOrgId != null) {
            return user.hasRole("enterprise") && orgs().contains(v.holderOrgId);
        }
        Team team = Team.findById(v.holderTeamId);
        return team != null && team.leaderSubject.equals(subject());
    }

    boolean provides(long providerOrgId) {
        return providerRole() && orgs().contains(providerOrgId);
    }

    boolean providerRole() {
        return user.hasRole("provider");
    }
}
