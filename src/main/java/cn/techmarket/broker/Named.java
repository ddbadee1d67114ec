package cn.techmarket.broker;

import cn.techmarket.org.Organization;
import cn.techmarket.reference.ReferenceNames;

import java.util.Locale;

/** A code or id with its names in both languages, as views show references. */
public record Named(String code, String nameZh, String nameEn) {

    /** An industry, region or region-group code, named from the reference data read once at start. */
    static Named reference(String code, ReferenceNames names) {
        return code == null ? new Named(null, null, null)
                : new Named(code, names.of(code, Locale.CHINESE), names.of(code, Locale.ENGLISH));
    }

    static Named organization(Long id) {
        Organization o = id == null ? null : Organization.findById(id);
        return id == null ? null : new Named(String.valueOf(id), o == null ? null : o.nameZh, o == null ? null : o.nameEn);
    }
}
