package cn.techmarket.common;

import java.math.BigDecimal;

/**
 * Numbers typed into forms, read from ASCII digits only. Java's parsers accept any Unicode digit, so "１２" (full
 * width) was read as 12 without the form saying it accepts that; a form that does accept it converts first.
 */
public final class AsciiNumbers {
    private AsciiNumbers() {
    }

    public static long parseLong(String text) {
        return Long.parseLong(ascii(text));
    }

    public static int parseInt(String text) {
        return Integer.parseInt(ascii(text));
    }

    public static BigDecimal decimal(String text) {
        return new BigDecimal(ascii(text));
    }

    private static String ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                throw new NumberFormatException("not ASCII: " + text);
            }
        }
        return text;
    }
}
