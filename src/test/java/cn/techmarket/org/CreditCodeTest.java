package cn.techmarket.org;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @Test
    void the_check_character_follows_gb_32100() {
        // worked example: weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 over "91510603MA6CXXXXX" digits
        String first17 = "91510603MA6C12345";
        int sum = 0;
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        for (int i = 0; i < 17; i++) {
            sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * weights[i];
        }
        int expected = (31 - sum % 31) % 31;
        assertEquals(CreditCode.ALPHABET.charAt(expected), CreditCode.checkCharacter(first17));
        assertTrue(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17)));
    }

    @Test
    void a_published_real_code_validates() {
        // 91350100M000100Y43 is the standard's own illustrative example, widely quoted
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91510603MA6C1234", "91510603MA6C123456X", "91510603ma6c12345Q",
            "91510603MA6C1234I0", "0151060300000000X0", "91A10603000000000X"})
    void malformed_codes_are_refused(String code) {
        assertFalse(CreditCode.isValid(code));
    }

    @Test
    void a_wrong_check_character_is_refused() {
        String first17 = "12510600MB1234567";
        char right = CreditCode.checkCharacter(first17);
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            assertEquals(c == right, CreditCode.isValid(first17 + c), "check character " + c);
        }
    }
}
