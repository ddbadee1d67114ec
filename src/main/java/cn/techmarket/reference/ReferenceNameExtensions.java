package cn.techmarket.reference;

import cn.techmarket.web.DisplayExtensions;
import io.quarkus.qute.TemplateExtension;

/** {x.name} in templates: the name in the page's language (English pages show nameEn). */
@TemplateExtension
class ReferenceNameExtensions {
    private ReferenceNameExtensions() {
    }

    static String name(Industry i, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(i.nameZh, i.nameEn, locale);
    }

    static String name(Region r, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(r.nameZh, r.nameEn, locale);
    }

    static String name(RegionGroup g, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(g.nameZh, g.nameEn, locale);
    }
}
