package cn.techmarket.web;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** The two languages of the product: Chinese (default) and English. */
public final class Locales {
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<String> TAGS = List.of("zh-CN", "en");

    private Locales() {
    }

    public static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (wanted.getLanguage().equals("en")) {
                return ENGLISH;
            }
            if (wanted.getLanguage().equals("zh")) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** A supported tag, or null: only these two ever reach a cookie or a header. */
    public static String supportedTag(String requested) {
        if (requested == null) {
            return null;
        }
        return requested.toLowerCase(Locale.ROOT).startsWith("en") ? "en"
                : requested.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh-CN" : null;
    }
}
