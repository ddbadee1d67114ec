package cn.techmarket.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message keys through the same bundle as Bean Validation (ValidationMessages), so a field error reads the
 * same whether an annotation or a service found it.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String resolve(String keyOrText, Locale locale) {
        String key = keyOrText.startsWith("{") && keyOrText.endsWith("}")
                ? keyOrText.substring(1, keyOrText.length() - 1) : keyOrText;
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return keyOrText;
        }
    }
}
