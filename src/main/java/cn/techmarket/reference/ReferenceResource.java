package cn.techmarket.reference;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Tag(name = "reference", description = "Regions (GB/T 2260), region groups and industries 参考数据")
class ReferenceResource {
    @Inject
    Regions regions;

    record RegionView(String code, String parentCode, int level, String nameZh, String nameEn) {
        static RegionView from(Region r) {
            return new RegionView(r.code, r.parentCode, r.level, r.nameZh, r.nameEn);
        }
    }

    record RegionGroupView(String code, String nameZh, String nameEn, List<String> members, List<String> covers) {
    }

    record IndustryView(String code, String parentCode, int level, String nameZh, String nameEn) {
        static IndustryView from(Industry i) {
            return new IndustryView(i.code, i.parentCode, i.level, i.nameZh, i.nameEn);
        }
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Regions: the top level, or the children of ?parent=")
    public List<RegionView> regions(@QueryParam("parent") String parent) {
        return Region.childrenOf(parent).stream().map(r -> RegionView.from((Region) r)).toList();
    }

    @GET
    @Path("/regions/{code}")
    public RegionView region(@PathParam("code") String code) {
        Region region = Region.findById(code);
        if (region == null) {
            throw new NotFoundException();
        }
        return RegionView.from(region);
    }

    @GET
    @Path("/region-groups")
    @Operation(summary = "Region groups (成德眉资, 万达开 …) with the member regions and every code they cover")
    public List<RegionGroupView> groups() {
        return RegionGroup.<RegionGroup>listAll(Sort.by("sortOrder")).stream()
                .map(g -> new RegionGroupView(g.code, g.nameZh, g.nameEn, g.memberCodes.stream().sorted().toList(),
                        regions.codesIn(g.code)))
                .toList();
    }

    @GET
    @Path("/industries")
    @Operation(summary = "The industry taxonomy, level 1 then level 2, in display order")
    public List<IndustryView> industries() {
        return Industry.<Industry>listAll(Sort.by("level").and("sortOrder")).stream().map(IndustryView::from).toList();
    }
}
