package cn.techmarket.common;

/**
 * A person's name as people write it: Chinese names family name first with no space (张伟), others given name
 * first (Wei Zhang). Keycloak's own "name" claim is always "given family", which reads 伟 张 for a Chinese user.
 */
public final class PersonName {
    private PersonName() {
    }

    public static String of(String given, String family, String fallback) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() && f.isEmpty()) {
            return fallback;
        }
        if (isChinese(g) || isChinese(f)) {
            return f + g;
        }
        return (g + " " + f).strip();
    }

    private static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
