package cn.techmarket.web;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages carry a script policy that inline code cannot pass, signed-in pages are not cached, and throttling works. */
@QuarkusTest
class ResponseHeadersTest {
    /** An inline script, an inline event handler, a javascript: URL or an inline style in a page template. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void every_page_has_a_content_security_policy_without_inline_scripts() {
        for (String page : List.of("/", "/search?q=氢能", "/orgs", "/no-such-page")) {
            given().get(page).then().header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")));
        }
        Browser browser = Browser.signIn("enterprise");
        browser.get("/listings/new?kind=NEED").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.CSP));
    }

    @Test
    void no_page_template_holds_inline_script_or_style() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(templates.resolve("MailSender"))) // mails are not pages: no CSP there
                    .filter(f -> INLINE.matcher(read(f)).find()).map(Path::toString).toList();
            assertEquals(List.of(), offenders, "templates with inline script, handlers or styles");
        }
    }

    @Test
    void signed_in_pages_are_not_stored_and_public_pages_may_be() {
        Browser browser = Browser.signIn("enterprise");
        browser.get("/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        browser.get("/").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/").then().statusCode(200).header("Cache-Control", nullValue());
    }

    @Test
    void too_many_suggestions_for_one_user_are_a_429_problem_with_retry_after() {
        Response last = null;
        for (int i = 0; i < 25; i++) {
            last = given().header("Authorization", Tokens.bearer("provider")).get("/api/v1/search/suggest?prefix=限流");
            if (last.statusCode() == 429) {
                break;
            }
            assertEquals(200, last.statusCode(), last.asString());
        }
        last.then().statusCode(429).contentType(Problem.MEDIA_TYPE).body("code", equalTo("too-many-requests"))
                .header("Retry-After", Pattern.compile("\\d+").asMatchPredicate().test(last.header("Retry-After"))
                        ? equalTo(last.header("Retry-After")) : equalTo("a number of seconds"));
        assertTrue(Integer.parseInt(last.header("Retry-After")) <= 60);
        // another user is not held back by this one
        given().header("Authorization", Tokens.bearer("researcher")).get("/api/v1/search/suggest?prefix=限流")
                .then().statusCode(200);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
