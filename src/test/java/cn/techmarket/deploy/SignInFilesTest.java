package cn.techmarket.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in side of first contact, as files: new users may register and reset a forgotten password, mail in
 * development goes to the local stack's catcher, Keycloak's pages wear the site's theme, and the demo people are
 * those the README introduces.
 */
class SignInFilesTest {
    private static final Path REALM = Path.of("deploy/keycloak/techmarket-realm.json");
    private static final Path THEME = Path.of("deploy/keycloak/themes/techmarket/login");

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(REALM.toFile());
    }

    @Test
    void new_users_may_register_and_reset_a_forgotten_password_with_mail_to_the_local_catcher() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.path("smtpServer").path("host").asText()).isEqualTo("127.0.0.1");
        String catcher = Files.readString(Path.of("deploy/local/stack/src/main/java/cn/techmarket/localstack/MailCatcher.java"));
        assertThat(catcher).contains("PORT = " + realm.path("smtpServer").path("port").asText() + ";");
    }

    @Test
    void keycloak_signs_in_with_the_sites_own_light_theme() throws IOException {
        assertThat(realm().path("loginTheme").asText()).isEqualTo("techmarket");
        Properties theme = new Properties();
        try (var in = Files.newInputStream(THEME.resolve("theme.properties"))) {
            theme.load(in);
        }
        assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(theme.getProperty("darkMode")).isEqualTo("false");
        for (String style : theme.getProperty("styles").split(" ")) {
            if (!style.equals("css/styles.css")) { // the parent's, looked up through it
                assertThat(THEME.resolve("resources").resolve(style)).exists();
            }
        }
        assertThat(Files.readString(THEME.resolve("resources/css/techmarket.css"))).contains("#0b5cad").contains("logo.svg");
        assertThat(THEME.resolve("resources/img/logo.svg")).exists();
        String stack = Files.readString(Path.of("deploy/local/stack/src/main/java/cn/techmarket/localstack/KeycloakService.java"));
        assertThat(stack).contains("keycloak/themes").contains("copyThemes");
    }

    @Test
    void the_demo_people_are_named_as_the_readme_introduces_them_family_name_first() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher row = Pattern.compile("\\| `([a-z0-9]+)` \\(([\\p{IsHan}]{2,4}),").matcher(readme);
        int checked = 0;
        while (row.find()) {
            String username = row.group(1);
            String name = row.group(2);
            JsonNode user = null;
            for (JsonNode u : realm().path("users")) {
                if (u.path("username").asText().equals(username)) {
                    user = u;
                }
            }
            assertThat(user).as(username).isNotNull();
            assertThat(user.path("lastName").asText() + user.path("firstName").asText()).as(username).isEqualTo(name);
            checked++;
        }
        assertThat(checked).as("README rows with a name").isGreaterThanOrEqualTo(5);
    }
}
