package cn.techmarket.listing;

import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What the listing form offers in its drop-downs: the user's organizations, industries, regions and the enums. */
@RequestScoped
class ListingChoices {
    @Inject
    CurrentUser user;
    @Inject
    ListingService listings;

    /** An organization the user may post for. */
    record Org(String id, String name) {
    }

    record Lists(List<Org> organizations, List<Industry> industries, List<Region> regions, List<Stage> stages,
                 List<Mode> modes, List<NeedClass> needClasses, List<RightsStatus> rights,
                 List<PricingMethod> pricing, List<IpItem.Type> ipTypes, List<IpItem.Status> ipStatuses) {
    }

    Lists forNew(ListingKind kind) {
        List<Org> orgs = listings.mayPost(kind) ? user.organizationIds().stream()
                .map(id -> Organization.<Organization>findById(id)).map(o -> new Org(o.id.toString(), o.nameZh)).toList() : List.of();
        return lists(orgs);
    }

    Lists forEdit() {
        return lists(List.of());
    }

    private static Lists lists(List<Org> orgs) {
        return new Lists(orgs, Industry.listAll(Sort.by("code")), Region.list("level > 1 order by code"),
                List.of(Stage.values()), List.of(Mode.values()), List.of(NeedClass.values()),
                List.of(RightsStatus.values()), List.of(PricingMethod.values()), List.of(IpItem.Type.values()),
                List.of(IpItem.Status.values()));
    }
}
