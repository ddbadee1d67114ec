package cn.techmarket.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The caller's anti-forgery token; templates print it with the {#csrf /} tag as {inject:csrf.token}. The token is a
 * random nonce signed together with the session it was issued to (a signed double-submit cookie): a cookie planted
 * from a sibling subdomain, or kept from before a sign-in, does not match another session and is replaced.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private String token;
    private boolean fresh;

    /** Keeps the cookie's token if it was signed for this session, else issues a new one. */
    void init(String fromCookie, String session, byte[] key) {
        if (fromCookie != null && isValid(fromCookie, session, key)) {
            token = fromCookie;
        } else {
            byte[] nonce = new byte[24];
            RANDOM.nextBytes(nonce);
            String n = B64.encodeToString(nonce);
            token = n + "." + sign(n, session, key);
            fresh = true;
        }
    }

    static boolean isValid(String token, String session, byte[] key) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return false;
        }
        return MessageDigest.isEqual(sign(token.substring(0, dot), session, key).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(String nonce, String session, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((nonce + "|" + session).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getToken() {
        return token;
    }

    boolean isFresh() {
        return fresh;
    }
}
