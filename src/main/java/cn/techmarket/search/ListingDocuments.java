package cn.techmarket.search;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.Listing;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;
import cn.techmarket.reference.RegionGroup;
import cn.techmarket.reference.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Builds the search document of a published listing: only public fields (details and contacts are gated and never
 * indexed), plus what facets need (industry level 1, region path and groups, price band).
 */
@ApplicationScoped
class ListingDocuments {
    @Inject
    Regions regions;
    /** Reference data never changes while the application runs (it comes from migrations). */
    private final Map<String, List<String>> regionPaths = new ConcurrentHashMap<>();
    private volatile Map<String, List<String>> groupsByRegion;

    /** What documents of a batch of listings need besides the listings: owner names and current vectors. */
    record Lookups(Map<Long, String> ownerNames, Map<Long, float[]> vectors) {
    }

    @Inject
    DocumentVectors vectors;

    Lookups lookups(List<Listing> listings) {
        return new Lookups(ownerNames(listings), vectors.current(listings));
    }

    Map<String, Object> of(Listing l, Lookups lookups) {
        Map<Long, String> ownerNames = lookups.ownerNames();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", l.id);
        doc.put("kind", l.kind.name());
        doc.put("title", l.title);
        doc.put("summary", l.summary);
        doc.put("body", Stream.of(l.problem, l.targetIndicators, l.applicationFields, l.advantages, l.maturityEvidence)
                .filter(Objects::nonNull).reduce((a, b) -> a + "\n" + b).orElse(null));
        List<String> keywords = cn.techmarket.listing.ListingView.keywords(l.keywords);
        doc.put("keywords", keywords);
        List<String> suggest = new ArrayList<>();
        suggest.add(l.title.length() > 60 ? l.title.substring(0, 60) : l.title);
        suggest.addAll(keywords);
        doc.put("suggest", Map.of("input", suggest));
        doc.put("industry", l.industryCode);
        doc.put("industry_l1", industryLevel1(l.industryCode));
        List<String> path = regionPath(l.regionCode);
        doc.put("region", l.regionCode);
        doc.put("region_city", path.size() >= 2 ? path.get(path.size() - 2) : l.regionCode);
        doc.put("region_path", path);
        doc.put("region_groups", groupsOf(path));
        doc.put("stage", l.stage == null ? null : l.stage.name());
        doc.put("trl", l.trl);
        doc.put("modes", l.modes.stream().map(Enum::name).toList());
        doc.put("ip_types", l.ipItems.stream().map(i -> i.type).filter(Objects::nonNull).map(IpItem.Type::name).distinct().toList());
        doc.put("need_class", l.needClass == null ? null : l.needClass.name());
        doc.put("rights_confirmed", l.rightsConfirmed);
        doc.put("price_negotiable", l.priceNegotiable);
        BigDecimal price = l.priceMax != null ? l.priceMax : l.priceMin;
        doc.put("price_cents", price == null ? null : price.movePointRight(2).longValueExact());
        doc.put("price_band", PriceBand.of(l.priceNegotiable, price).name());
        doc.put("price_text", cn.techmarket.listing.Prices.text(l.priceNegotiable, l.priceMin, l.priceMax));
        doc.put("owner_org_id", l.ownerOrgId);
        doc.put("owner_name", ownerNames.get(l.ownerOrgId));
        doc.put("published_at", l.publishedAt == null ? null : l.publishedAt.toInstant().toString());
        doc.put("expires_at", l.expiresAt.toString());
        float[] vector = lookups.vectors().get(l.id);
        if (vector != null) {
            doc.put("embedding", vector);
        }
        return doc;
    }

    static Map<Long, String> ownerNames(List<Listing> listings) {
        List<Long> ids = listings.stream().map(l -> l.ownerOrgId).distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Organization.<Organization>list("id in ?1", ids).forEach(o -> names.put(o.id, o.nameZh));
        }
        return names;
    }

    private static String industryLevel1(String code) {
        Industry industry = Industry.findById(code);
        return industry == null || industry.parentCode == null ? code : industry.parentCode;
    }

    /** The region, its city and its province, most specific first. */
    List<String> regionPath(String code) {
        return regionPaths.computeIfAbsent(code, c -> {
            List<String> path = new ArrayList<>();
            for (Region r = Region.findById(c); r != null; r = r.parentCode == null ? null : Region.findById(r.parentCode)) {
                path.add(r.code);
            }
            return List.copyOf(path);
        });
    }

    private List<String> groupsOf(List<String> path) {
        if (groupsByRegion == null) {
            Map<String, List<String>> map = new java.util.HashMap<>();
            for (RegionGroup group : RegionGroup.<RegionGroup>listAll()) {
                regions.codesIn(group.code).forEach(c -> map.computeIfAbsent(c, k -> new ArrayList<>()).add(group.code));
            }
            groupsByRegion = map;
        }
        return path.isEmpty() ? List.of() : groupsByRegion.getOrDefault(path.get(0), List.of());
    }
}
