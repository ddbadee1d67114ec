package cn.techmarket.testsupport;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the local Keycloak (password grant), one per demo user, cached for a while: the realm's
 * tokens live five minutes, and a run on a busy machine lasts longer.
 */
public final class Tokens {
    public static final String PASSWORD = "techmarket";
    private static final long REFRESH_AFTER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Long> FETCHED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        Long fetched = FETCHED.get(username);
        if (fetched != null && System.nanoTime() - fetched > REFRESH_AFTER_NANOS) {
            CACHE.remove(username);
        }
        return CACHE.computeIfAbsent(username, u -> {
            FETCHED.put(u, System.nanoTime());
            return fetch(u);
        });
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static String fetch(String username) {
        var config = ConfigProvider.getConfig();
        String realm = config.getValue("quarkus.oidc.auth-server-url", String.class);
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", config.getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
