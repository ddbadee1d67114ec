package cn.techmarket.testsupport;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the local Keycloak (password grant), one per demo user. A cached token is replaced once
 * less than a third of its lifetime (the realm gives 300 s) is left, so that a slow run never sends an expired one.
 */
public final class Tokens {
    public static final String PASSWORD = "techmarket";
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    record Token(String value, long refreshAtNanos) {
        boolean fresh() {
            return System.nanoTime() < refreshAtNanos;
        }
    }

    public static String of(String username) {
        return CACHE.compute(username, (user, cached) -> cached != null && cached.fresh() ? cached : fetch(user)).value();
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static Token fetch(String username) {
        var config = ConfigProvider.getConfig();
        String realm = config.getValue("quarkus.oidc.auth-server-url", String.class);
        long requested = System.nanoTime();
        JsonPath answer = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", config.getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
        long lifetimeSeconds = answer.getLong("expires_in");
        return new Token(answer.getString("access_token"), requested + lifetimeSeconds * 2 / 3 * 1_000_000_000L);
    }
}
