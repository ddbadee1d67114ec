package cn.techmarket.org;

import cn.techmarket.web.DisplayExtensions;
import io.quarkus.qute.TemplateExtension;

/** {x.name} in templates: the name in the page's language (English pages show nameEn). */
@TemplateExtension
class OrganizationNameExtensions {
    private OrganizationNameExtensions() {
    }

    static String name(OrganizationView.RegionRef r, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(r.nameZh(), r.nameEn(), locale);
    }
}
