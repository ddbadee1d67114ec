package cn.techmarket.web;

/**
 * The one rule for text that reaches the application: no control characters (PostgreSQL refuses NUL, Elasticsearch
 * and the pages misread the others) and no lone UTF-16 surrogates (they cannot be stored as UTF-8). Tab, line feed
 * and carriage return pass in bodies, where multi-line text is allowed; never in URLs.
 */
public final class UnsafeText {
    /** The message key of the field error for refused text. */
    public static final String MESSAGE = "{text.unsafe}";

    private UnsafeText() {
    }

    public static boolean isUnsafe(String text, boolean multiline) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
            if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }
}
