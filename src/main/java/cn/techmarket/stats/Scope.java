package cn.techmarket.stats;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region a report is about: a GB/T 2260 region (and everything below it) or a region group (its members and
 * everything below them). {@code parts} are the rows of the by-region table (a region's children, a group's members),
 * and {@code partOf} maps every covered code to the part it rolls up to. {@code cities} are the stats_city_dim keys
 * that cover exactly the scope, or null when the scope cuts a city; {@code cityPartOf} maps those keys to their parts,
 * or is null when a part cuts a city (see {@link CityRollup}).
 */
public record Scope(String code, boolean group, String nameZh, String nameEn, Set<String> codes, List<String> parts,
                    Map<String, String> partOf, Set<String> cities, Map<String, String> cityPartOf) {

    public boolean covers(String regionCode) {
        return regionCode != null && codes.contains(regionCode);
    }
}
