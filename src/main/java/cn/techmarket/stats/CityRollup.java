package cn.techmarket.stats;

import cn.techmarket.reference.Region;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which keys of stats_city_dim a scope may read. A county's figures roll up to its city, any other region's to
 * itself (the rule of {@link StatsLedger#cityOf}); a scope may read the rollup only when it covers every region
 * of each key it touches, or a district scope would get its whole city's figures.
 */
@ApplicationScoped
public class CityRollup {
    /** Reference data, read once: each region's key, and the regions under each key. */
    private record Keys(Map<String, String> keyOf, Map<String, Set<String>> regionsOf) {
        String of(String code) {
            return keyOf.getOrDefault(code, code);
        }
    }

    private volatile Keys keys;

    static String keyOf(Region r) {
        return r.isCounty() && r.parentCode != null ? r.parentCode : r.code;
    }

    /** The keys that cover exactly these codes, or null when some key reaches beyond them. */
    public Set<String> keysCovering(Set<String> codes) {
        Keys k = keys();
        Set<String> covering = new LinkedHashSet<>();
        codes.forEach(code -> covering.add(k.of(code)));
        for (String key : covering) {
            if (!codes.containsAll(k.regionsOf().getOrDefault(key, Set.of(key)))) {
                return null;
            }
        }
        return covering;
    }

    /**
     * The part each key of {@code cities} lies in, when every region of a key lies in the same part (a province by
     * city, 成德眉资 by member); null when a part cuts a city (a city's by-district table).
     */
    public Map<String, String> partsByKey(Set<String> codes, Set<String> cities, Map<String, String> partOf) {
        if (cities == null) {
            return null;
        }
        Keys k = keys();
        Map<String, String> parts = new HashMap<>();
        for (String code : codes) {
            String part = partOf.getOrDefault(code, "");
            String before = parts.putIfAbsent(k.of(code), part);
            if (before != null && !before.equals(part)) {
                return null;
            }
        }
        return parts;
    }

    private Keys keys() {
        Keys found = keys;
        if (found == null) {
            Map<String, String> keyOf = new HashMap<>();
            Map<String, Set<String>> regionsOf = new HashMap<>();
            for (Region r : Region.<Region>listAll()) {
                keyOf.put(r.code, keyOf(r));
                regionsOf.computeIfAbsent(keyOf(r), key -> new HashSet<>()).add(r.code);
            }
            found = new Keys(keyOf, regionsOf);
            keys = found;
        }
        return found;
    }
}
