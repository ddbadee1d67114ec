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

    ListingDocument of(Listing l, Lookups lookups) {
        List<String> keywords = cn.techmarket.listing.ListingView.keywords(l.keywords);
        List<String> suggest = new ArrayList<>();
        suggest.add(l.title.length() > 60 ? l.title.substring(0, 60) : l.title);
        suggest.addAll(keywords);
        List<String> path = regionPath(l.regionCode);
        BigDecimal price = l.priceMax != null ? l.priceMax : l.priceMin;
        return new ListingDocument(l.id, l.kind, l.title, l.summary,
                Stream.of(l.problem, l.targetIndicators, l.applicationFields, l.advantages, l.maturityEvidence)
                        .filter(Objects::nonNull).reduce((a, b) -> a + "\n" + b).orElse(null),
                keywords, new ListingDocument.Suggest(suggest),
                l.industryCode, industryLevel1(l.industryCode),
                l.regionCode, path.size() >= 2 ? path.get(path.size() - 2) : l.regionCode, path, groupsOf(path),
                l.stage == null ? null : l.stage.name(), l.trl,
                l.modes.stream().map(Enum::name).toList(),
                l.ipItems.stream().map(i -> i.type).filter(Objects::nonNull).map(IpItem.Type::name).distinct().toList(),
                l.needClass == null ? null : l.needClass.name(),
                l.rightsConfirmed, l.priceNegotiable,
                price == null ? null : price.movePointRight(2).longValueExact(),
                PriceBand.of(l.priceNegotiable, price).name(),
                cn.techmarket.listing.Prices.text(l.priceNegotiable, l.priceMin, l.priceMax),
                l.ownerOrgId, lookups.ownerNames().get(l.ownerOrgId),
                l.publishedAt == null ? null : l.publishedAt.toInstant(), l.expiresAt,
                lookups.vectors().get(l.id));
    }

    /**
     * Reads stored documents without the request boundary's rules ({@code web.StrictJson}): a stored text is never
     * refused. Listings loaded in bulk (imports from before a rule, the real evaluation set) may hold a control
     * character that a request would be refused for, and one such document made a whole match list fail.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper STORED = com.fasterxml.jackson.databind.json.JsonMapper
            .builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A document (or the part of it a search asked for) as Elasticsearch returns it in {@code _source}. */
    static ListingDocument read(com.fasterxml.jackson.databind.JsonNode source) {
        try {
            return STORED.treeToValue(source, ListingDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("search document does not match ListingDocument: " + e.getOriginalMessage(), e);
        }
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
