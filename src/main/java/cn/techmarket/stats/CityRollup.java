package cn.techmarket.stats;

import cn.techmarket.reference.Region;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which keys of stats_city_dim a scope may read. A county's figures roll up to its city, any other region's to
 * itself (the rule of {@link StatsLedger#cityOf}); a scope may read the rollup only when it covers every region
 * of each key it touches, or a district scope would get its whole city's figures.
 */
@ApplicationScoped
public class CityRollup {
    private volatile Map<String, Set<String>> regionsByKey;

    static String keyOf(Region r) {
        return r.isCounty() && r.parentCode != null ? r.parentCode : r.code;
    }

    /** The keys that cover exactly these codes, or null when some key reaches beyond them. */
    public Set<String> keysCovering(Set<String> codes) {
        Map<String, Set<String>> byKey = regionsByKey();
        Set<String> keys = new LinkedHashSet<>();
        for (String code : codes) {
            Region r = Region.findById(code);
            keys.add(r == null ? code : keyOf(r));
        }
        for (String key : keys) {
            if (!codes.containsAll(byKey.getOrDefault(key, Set.of(key)))) {
                return null;
            }
        }
        return keys;
    }

    /**
     * The part each key of {@code cities} lies in, when every region of a key lies in the same part (a province by
     * city, 成德眉资 by member); null when a part cuts a city (a city's by-district table).
     */
    public Map<String, String> partsByKey(Set<String> codes, Set<String> cities, Map<String, String> partOf) {
        if (cities == null) {
            return null;
        }
        Map<String, String> parts = new HashMap<>();
        for (String code : codes) {
            Region r = Region.findById(code);
            String key = r == null ? code : keyOf(r);
            String part = partOf.getOrDefault(code, "");
            String before = parts.putIfAbsent(key, part);
            if (before != null && !before.equals(part)) {
                return null;
            }
        }
        return parts;
    }

    private Map<String, Set<String>> regionsByKey() {
        Map<String, Set<String>> found = regionsByKey;
        if (found == null) {
            found = new HashMap<>();
            List<Region> all = Region.listAll();
            for (Region r : all) {
                found.computeIfAbsent(keyOf(r), k -> new HashSet<>()).add(r.code);
            }
            regionsByKey = found;
        }
        return found;
    }
}
