package cn.techmarket.org;

import cn.techmarket.reference.Region;

import java.time.OffsetDateTime;
import java.util.List;

/** An organization as the API and the audit trail show it. */
public record OrganizationView(long id, String nameZh, String nameEn, String creditCode, OrganizationType type,
                               RegionRef region, List<Designation> designations, Verification verification,
                               String verificationNote, OffsetDateTime verifiedAt, String description,
                               String website, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record RegionRef(String code, String nameZh, String nameEn) {
    }

    static OrganizationView from(Organization o) {
        Region region = Region.findById(o.regionCode);
        RegionRef ref = region == null ? new RegionRef(o.regionCode, null, null)
                : new RegionRef(region.code, region.nameZh, region.nameEn);
        return new OrganizationView(o.id, o.nameZh, o.nameEn, o.creditCode, o.type, ref,
                o.designations.stream().sorted().toList(), o.verification, o.verificationNote, o.verifiedAt,
                o.description, o.website, o.createdAt, o.updatedAt, o.version);
    }
}
