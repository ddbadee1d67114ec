package cn.techmarket.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A minimal browser: a cookie jar and manual redirects. {@link #signIn} walks the real authorization-code flow
 * through the local Keycloak's login form, exactly as a person would.
 */
public final class Browser {
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String language = "zh-CN";

    public static Browser signIn(String username) {
        Browser browser = new Browser();
        Response toKeycloak = browser.get("/login");
        assertEquals(302, toKeycloak.statusCode(), "the sign-in redirects to Keycloak");
        Response loginPage = browser.get(toKeycloak.header("Location"));
        Matcher action = FORM_ACTION.matcher(loginPage.asString());
        assertTrue(action.find(), "Keycloak shows its login form");
        Response back = browser.post(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", Tokens.PASSWORD, "credentialId", ""));
        assertEquals(302, back.statusCode(), "Keycloak accepts the password and returns to the application");
        Response landing = browser.follow(back);
        while (landing.statusCode() == 302 || landing.statusCode() == 303) {
            landing = browser.follow(landing);
        }
        assertEquals(200, landing.statusCode(), "the signed-in user lands on a page");
        return browser;
    }

    /** Puts a cookie into the jar, as a cookie planted by another site or left from an older session would be. */
    public Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Browser english() {
        language = "en";
        return this;
    }

    public String csrf() {
        if (!cookies.containsKey("csrf")) {
            get("/");
        }
        return cookies.get("csrf");
    }

    public Response get(String url) {
        return remember(request().get(url));
    }

    public Response post(String url, Map<String, ?> form) {
        // a collection value posts the field once per element, as checkboxes and repeated rows do
        String body = form.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof java.util.Collection<?> many ? many.stream() : java.util.stream.Stream.of(e.getValue()))
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(v == null ? "" : String.valueOf(v), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body).post(url));
    }

    /** A multipart form with one file, as a browser sends an upload form. */
    public Response postFile(String url, Map<String, ?> fields, String fileName, byte[] content) {
        RequestSpecification upload = request().multiPart("file", fileName, content, "application/octet-stream");
        fields.forEach((name, value) -> upload.multiPart(name, String.valueOf(value)));
        return remember(upload.post(url));
    }

    public Response follow(Response redirect) {
        return get(redirect.header("Location"));
    }

    /** URLs are sent as given: Keycloak's redirects arrive already encoded. */
    private RequestSpecification request() {
        return RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .header("Accept-Language", language);
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
