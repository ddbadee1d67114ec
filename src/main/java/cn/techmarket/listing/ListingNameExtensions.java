package cn.techmarket.listing;

import cn.techmarket.web.DisplayExtensions;
import io.quarkus.qute.TemplateExtension;

/** {x.name} in templates: the name in the page's language (English pages show nameEn). */
@TemplateExtension
class ListingNameExtensions {
    private ListingNameExtensions() {
    }

    static String name(ListingView.Ref r, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(r.nameZh() != null ? r.nameZh() : r.code(), r.nameEn(), locale);
    }
}
