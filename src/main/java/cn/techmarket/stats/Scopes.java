package cn.techmarket.stats;

import cn.techmarket.common.InvalidInputException;
import cn.techmarket.reference.Region;
import cn.techmarket.reference.RegionGroup;
import cn.techmarket.reference.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves the scope parameter: six digits name a region, anything else a region group. Reference data is static, so each scope is resolved once. */
@ApplicationScoped
public class Scopes {
    @Inject
    Regions regions;
    @Inject
    CityRollup rollup;
    private final Map<String, Scope> cache = new ConcurrentHashMap<>();

    public Scope resolve(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new InvalidInputException("scope", "{stats.scope.invalid}");
        }
        Scope found = cache.get(scope.trim());
        return found != null ? found : load(scope.trim());
    }

    private Scope load(String code) {
        Scope scope;
        if (code.matches("\\d{6}")) {
            Region r = regions.exists(code) ? Region.findById(code) : null;
            if (r == null) {
                throw new InvalidInputException("scope", "{stats.scope.invalid}");
            }
            List<String> parts = Region.childrenOf(code).stream().map(c -> c.code).toList();
            scope = build(code, false, r.nameZh, r.nameEn, regions.codesUnder(code), parts.isEmpty() ? List.of(code) : parts);
        } else {
            RegionGroup g = code.length() <= 32 ? RegionGroup.findById(code) : null;
            if (g == null) {
                throw new InvalidInputException("scope", "{stats.scope.invalid}");
            }
            scope = build(code, true, g.nameZh, g.nameEn, regions.codesIn(code), g.memberCodes.stream().sorted().toList());
        }
        cache.put(code, scope);
        return scope;
    }

    private Scope build(String code, boolean group, String zh, String en, List<String> covered, List<String> parts) {
        Map<String, String> partOf = new LinkedHashMap<>();
        for (String part : parts) {
            regions.codesUnder(part).forEach(c -> partOf.put(c, part));
        }
        // a contract registered with the scope's own code (a city, not one of its districts) is a part of its own
        if (!group) {
            partOf.putIfAbsent(code, code);
        }
        List<String> allParts = partOf.values().stream().distinct().toList();
        Set<String> codes = new LinkedHashSet<>(covered);
        Set<String> cities = rollup.keysCovering(codes);
        return new Scope(code, group, zh, en, codes, allParts, partOf, cities, rollup.partsByKey(codes, cities, partOf));
    }
}
