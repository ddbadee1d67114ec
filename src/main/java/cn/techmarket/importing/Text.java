package cn.techmarket.importing;

import cn.techmarket.web.Locales;
import cn.techmarket.web.Messages;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * A message in both languages of the product. Row errors are fixed when the row is checked, in both languages, so
 * that the report reads the same whenever and in whichever language it is opened.
 */
public record Text(String zh, String en) {

    /** A message key of ValidationMessages ({@code import.value.number} or {@code {industry.unknown}}) with its arguments. */
    public static Text of(String key, Object... args) {
        return new Text(format(key, Locales.CHINESE, args), format(key, Locales.ENGLISH, args));
    }

    public String in(Locale locale) {
        return locale.getLanguage().equals("en") ? en : zh;
    }

    /** MessageFormat only when there are arguments: other messages may contain apostrophes, which it would eat. */
    private static String format(String key, Locale locale, Object[] args) {
        String pattern = Messages.resolve(key, locale);
        return args.length == 0 ? pattern
                : new MessageFormat(pattern, locale).format(Arrays.stream(args).map(String::valueOf).toArray());
    }
}
