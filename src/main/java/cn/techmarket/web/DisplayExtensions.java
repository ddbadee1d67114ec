package cn.techmarket.web;

import cn.techmarket.common.Clocks;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Template helpers: {text.urlEncode} for links that carry user text; {time.stamp} (date and minute) and {time.day}
 * print a moment in China time, whatever zone the database driver returned it in. Not {time.minute}: a property of
 * the value itself (OffsetDateTime.getMinute) wins over an extension of the same name.
 */
@TemplateExtension
public class DisplayExtensions {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DisplayExtensions() {
    }

    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String stamp(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(Clocks.CHINA).format(MINUTE);
    }

    static String day(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(Clocks.CHINA).format(DAY);
    }

    /** {amount.yuan}: to the fen in every language (registers, statistics, vouchers); {amount.money} reads easier. */
    static String yuan(BigDecimal amount) {
        return cn.techmarket.common.Money.exact(amount);
    }

    /** {amount.money}: the one money formatter, in the page's language (万元 on Chinese pages for large amounts). */
    static String money(java.math.BigDecimal yuan, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return cn.techmarket.common.Money.format(yuan, chinese(locale));
    }

    /** {listing.priceText.money}: a neutral price text (as stored in the search index) for the page's language. */
    static String money(String priceText, @TemplateExtension.TemplateAttribute("selectedVariant") Object locale) {
        return cn.techmarket.common.Money.localize(priceText, chinese(locale));
    }

    /**
     * A name in the page's language (for the {x.name} extensions each feature declares on its reference types):
     * English pages fall back to Chinese where the data has no English name.
     */
    public static String local(String zh, String en, Object locale) {
        return !chinese(locale) && en != null && !en.isBlank() ? en : zh;
    }

    /** Quarkus REST gives each page its language as the selected variant (the Accept-Language LanguageFilter set). */
    private static boolean chinese(Object variant) {
        Object locale = variant instanceof io.quarkus.qute.Variant v ? v.getLocale() : variant;
        return locale == null || !locale.toString().toLowerCase().startsWith("en");
    }

    static String clock(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(Clocks.CHINA).format(CLOCK);
    }
}
