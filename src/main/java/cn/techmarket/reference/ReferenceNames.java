package cn.techmarket.reference;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display names of industry, region and region-group codes, in Chinese or English. Reference data comes from
 * migrations and never changes while the application runs, so it is read once.
 */
@ApplicationScoped
public class ReferenceNames {
    private volatile Map<String, String[]> names;

    /** The name of a code in the language of the page; the code itself when unknown. */
    public String of(String code, Locale locale) {
        String[] both = all().get(code);
        if (both == null) {
            return code;
        }
        return locale.getLanguage().equals("en") && both[1] != null ? both[1] : both[0];
    }

    private Map<String, String[]> all() {
        Map<String, String[]> loaded = names;
        if (loaded == null) {
            loaded = new HashMap<>();
            for (Industry i : Industry.<Industry>listAll()) {
                loaded.put(i.code, new String[] {i.nameZh, i.nameEn});
            }
            for (Region r : Region.<Region>listAll()) {
                loaded.put(r.code, new String[] {r.nameZh, r.nameEn});
            }
            for (RegionGroup g : RegionGroup.<RegionGroup>listAll()) {
                loaded.put(g.code, new String[] {g.nameZh, g.nameEn});
            }
            names = loaded;
        }
        return loaded;
    }
}
