package cn.techmarket.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;

/** The caller's anti-forgery token; templates print it with the {#csrf /} tag as {inject:csrf.token}. */
@Named("csrf")
@RequestScoped
public class CsrfToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private String token;
    private boolean fresh;

    void init(String fromCookie) {
        if (fromCookie != null && fromCookie.length() == 43) {
            token = fromCookie;
        } else {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            fresh = true;
        }
    }

    public String getToken() {
        return token;
    }

    boolean isFresh() {
        return fresh;
    }
}
