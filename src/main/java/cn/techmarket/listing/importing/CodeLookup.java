package cn.techmarket.listing.importing;

import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets a cell name an industry or a region by its code or by its name: people filling a sheet know "清洁能源装备" and
 * "旌阳区", not EQUIP.CLEAN and 510603. A region name that several regions share (市辖区) is not accepted as a name.
 * Whatever matches nothing is passed on unchanged, for ListingRules to report as unknown.
 */
final class CodeLookup {
    private final Map<String, String> industries = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();

    /** Reads the reference tables; call inside a transaction. */
    static CodeLookup load() {
        CodeLookup lookup = new CodeLookup();
        for (Industry i : Industry.<Industry>listAll()) {
            lookup.industries.put(i.code.toLowerCase(Locale.ROOT), i.code);
            lookup.industries.put(i.nameZh, i.code);
            if (i.nameEn != null) {
                lookup.industries.put(i.nameEn.toLowerCase(Locale.ROOT), i.code);
            }
        }
        Set<String> shared = new HashSet<>();
        for (Region r : Region.<Region>listAll()) {
            if (lookup.regions.putIfAbsent(r.nameZh, r.code) != null) {
                shared.add(r.nameZh);
            }
        }
        shared.forEach(lookup.regions::remove);
        return lookup;
    }

    String industry(String text) {
        return text == null ? null : industries.getOrDefault(text.toLowerCase(Locale.ROOT), text);
    }

    String region(String text) {
        return text == null ? null : regions.getOrDefault(text, text);
    }
}
