package cn.techmarket.broker;

import cn.techmarket.web.DisplayExtensions;
import io.quarkus.qute.TemplateExtension;

/** {x.name} in templates: the name in the page's language (English pages show nameEn). */
@TemplateExtension
class BrokerNameExtensions {
    private BrokerNameExtensions() {
    }

    static String name(Named n, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return DisplayExtensions.local(n.nameZh() != null ? n.nameZh() : n.code(), n.nameEn(), locale);
    }
}
