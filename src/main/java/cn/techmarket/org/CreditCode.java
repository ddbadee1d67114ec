package cn.techmarket.org;

import java.util.regex.Pattern;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet (no I, O, S, V, Z); character 1 is the
 * registering authority, 2 the organization category, 3–8 the administrative division code, 9–17 the
 * organization code, and 18 a check character computed with weights 3^i mod 31.
 */
public final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[1-9ANY][0-9A-HJ-NP-RTUWXY]\\d{6}[0-9A-HJ-NP-RTUWXY]{10}");

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
