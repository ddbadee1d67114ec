package cn.techmarket.broker;

import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;
import cn.techmarket.reference.RegionGroup;

/** A code or id with its names in both languages, as views show references. */
public record Named(String code, String nameZh, String nameEn) {

    static Named industry(String code) {
        Industry i = code == null ? null : Industry.findById(code);
        return new Named(code, i == null ? code : i.nameZh, i == null ? code : i.nameEn);
    }

    /** A region code or a region-group code. */
    static Named region(String code) {
        if (code == null) {
            return new Named(null, null, null);
        }
        Region r = code.matches("\\d{6}") ? Region.findById(code) : null;
        if (r != null) {
            return new Named(code, r.nameZh, r.nameEn);
        }
        RegionGroup g = RegionGroup.findById(code);
        return new Named(code, g == null ? code : g.nameZh, g == null ? code : g.nameEn);
    }

    static Named organization(Long id) {
        Organization o = id == null ? null : Organization.findById(id);
        return id == null ? null : new Named(String.valueOf(id), o == null ? null : o.nameZh, o == null ? null : o.nameEn);
    }
}
