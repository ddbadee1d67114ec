package cn.techmarket.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Syntax and consistency checks of the deployment files under {@code deploy/} (see docs/deploy.md). Nothing is started:
 * the machine that runs the tests has neither Docker nor Kubernetes. Paths are relative to the Maven project root,
 * Surefire's working directory.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final Path COMPOSE = DEPLOY.resolve("compose/compose.yaml");
    private static final Path REALM = DEPLOY.resolve("keycloak/techmarket-realm.json");
    private static final Path REALM_IMPORT = K8S.resolve("keycloak-realm-import.yaml");

    private static final Set<String> REALM_ROLES =
            Set.of("enterprise", "researcher", "broker", "provider", "registrar", "bureau", "admin");
    private static final String CLIENT_ID = "techmarket-backend";

    /** Build output and tool caches may hold third-party YAML; they are not ours to check. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

    @Test
    void every_yaml_file_under_deploy_parses() throws IOException {
        List<Path> files = yamlFiles(DEPLOY);
        assertFalse(files.isEmpty(), "no *.yaml/*.yml under " + DEPLOY.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                loadAll(file);
            } catch (YAMLException e) {
                failures.add(e.getMessage()); // already names the file
            } catch (IOException e) {
                failures.add(file + ": " + e);
            }
        }
        assertTrue(failures.isEmpty(), "YAML that does not parse:\n" + String.join("\n", failures));
    }

    @Test
    void every_kubernetes_document_names_its_kind_and_metadata() throws IOException {
        List<Path> manifests = yamlFiles(K8S);
        assertFalse(manifests.isEmpty(), "no manifests in " + K8S);
        int checked = 0;
        for (Path file : manifests) {
            for (Object document : loadAll(file)) {
                if (!(document instanceof Map<?, ?> map)) {
                    fail(file + ": a document is not a mapping: " + document);
                    return;
                }
                if ("Kustomization".equals(map.get("kind"))) {
                    continue; // kustomize's own file has no metadata.name
                }
                String where = file + " (" + map.get("kind") + ")";
                assertNonBlank(map.get("apiVersion"), where + ": apiVersion");
                assertNonBlank(map.get("kind"), where + ": kind");
                assertTrue(map.get("metadata") instanceof Map<?, ?>, where + ": metadata");
                assertNonBlank(((Map<?, ?>) map.get("metadata")).get("name"), where + ": metadata.name");
                checked++;
            }
        }
        assertTrue(checked >= 10, "expected the app, database, search and Keycloak objects, found " + checked);
    }

    @Test
    void kustomization_lists_every_manifest_and_only_files_that_exist() throws IOException {
        Map<?, ?> kustomization = (Map<?, ?>) single(K8S.resolve("kustomization.yaml"));
        List<?> resources = (List<?>) kustomization.get("resources");
        assertTrue(resources != null && !resources.isEmpty(), "kustomization.yaml has no resources");
        Set<String> listed = new TreeSet<>();
        for (Object resource : resources) {
            Path path = K8S.resolve(String.valueOf(resource));
            assertTrue(Files.isRegularFile(path), "kustomization.yaml lists a missing file: " + path);
            listed.add(String.valueOf(resource));
        }
        Set<String> present = yamlFiles(K8S).stream()
                .map(p -> K8S.relativize(p).toString().replace('\\', '/'))
                .filter(name -> !name.equals("kustomization.yaml"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(present, listed, "manifests in deploy/k8s vs. resources of kustomization.yaml");
    }

    @Test
    void compose_defines_the_four_services_and_the_app_waits_for_the_other_three() throws IOException {
        Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) single(COMPOSE)).get("services");
        assertTrue(services != null, COMPOSE + " has no services");
        for (String service : List.of("postgres", "elasticsearch", "keycloak", "app")) {
            assertTrue(services.containsKey(service), COMPOSE + " lacks service " + service);
        }
        Map<?, ?> dependsOn = (Map<?, ?>) ((Map<?, ?>) services.get("app")).get("depends_on");
        for (String service : List.of("postgres", "elasticsearch", "keycloak")) {
            Map<?, ?> condition = (Map<?, ?>) dependsOn.get(service);
            assertTrue(condition != null && "service_healthy".equals(condition.get("condition")),
                    "app must wait until " + service + " is healthy");
        }
    }

    @Test
    void compose_passes_the_app_the_configuration_names_it_reads() throws IOException {
        Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) single(COMPOSE)).get("services");
        Map<?, ?> environment = (Map<?, ?>) ((Map<?, ?>) services.get("app")).get("environment");
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_ISSUER",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_ELASTICSEARCH_HOSTS")) {
            assertTrue(environment.containsKey(name), "app environment lacks " + name);
        }
        assertEquals("http://localhost:8180/realms/techmarket", environment.get("QUARKUS_OIDC_TOKEN_ISSUER"),
                "the issuer is Keycloak's browser-facing URL (KC_HOSTNAME)");
    }

    @Test
    void the_realm_keeps_keycloaks_brute_force_detection_on() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection must stay on (docs/deploy.md)");
        assertTrue(realm.path("failureFactor").asInt() > 0 && realm.path("failureFactor").asInt() <= 30,
                "a lockout after at most 30 failures");
    }

    @Test
    void the_probes_and_metrics_use_the_management_port() throws IOException {
        String app = Files.readString(K8S.resolve("app.yaml"));
        assertTrue(app.contains("containerPort: 9000"), "the management port is declared");
        assertTrue(!app.contains("port: http }"), "no probe reads /q/health on the public port");
    }

    @Test
    void realm_has_exactly_the_seven_platform_roles_each_described() throws IOException {
        JsonNode realm = realm();
        assertEquals("techmarket", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean(), "realm must be enabled");
        Set<String> names = new TreeSet<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            names.add(role.path("name").asText());
            assertNonBlank(role.path("description").asText(), "description of role " + role.path("name"));
        }
        assertEquals(new TreeSet<>(REALM_ROLES), names);
    }

    @Test
    void every_role_has_a_demo_user_whose_profile_is_complete() throws IOException {
        JsonNode realm = realm();
        Set<String> covered = new TreeSet<>();
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            assertTrue(user.path("enabled").asBoolean(), username + ": enabled");
            // without these the password grant fails with "Account is not fully set up"
            assertNonBlank(user.path("email").asText(), username + ": email");
            assertNonBlank(user.path("firstName").asText(), username + ": firstName");
            assertNonBlank(user.path("lastName").asText(), username + ": lastName");
            assertTrue(user.path("emailVerified").asBoolean(), username + ": emailVerified");
            List<String> roles = texts(user.path("realmRoles"));
            assertEquals(1, roles.size(), username + ": exactly one realm role");
            assertTrue(REALM_ROLES.contains(roles.get(0)), username + ": unknown role " + roles);
            covered.addAll(roles);
            JsonNode password = findBy(user.path("credentials"), "type", "password");
            assertTrue(password != null, username + ": has a password");
            assertFalse(password.path("temporary").asBoolean(true), username + ": password is not temporary");
            assertNotEquals(username, password.path("value").asText(), username + ": password equals username");
        }
        assertEquals(new TreeSet<>(REALM_ROLES), covered, "roles that have a demo user");
    }

    @Test
    void backend_client_is_confidential_and_puts_itself_in_the_access_token_audience() throws IOException {
        JsonNode client = findBy(realm().path("clients"), "clientId", CLIENT_ID);
        assertTrue(client != null, "client " + CLIENT_ID + " is missing");
        assertFalse(client.path("publicClient").asBoolean(true), "client must be confidential");
        assertNonBlank(client.path("secret").asText(), "client secret");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), "code flow for the web pages");
        assertTrue(client.path("directAccessGrantsEnabled").asBoolean(), "password grant for tests");
        assertTrue(texts(client.path("defaultClientScopes")).contains("roles"),
                "the `roles` scope puts realm roles into realm_access.roles");
        JsonNode audience = findBy(client.path("protocolMappers"), "protocolMapper", "oidc-audience-mapper");
        assertTrue(audience != null, "audience mapper is missing");
        assertEquals(CLIENT_ID, audience.path("config").path("included.client.audience").asText());
        assertEquals("true", audience.path("config").path("access.token.claim").asText());
    }

    @Test
    void generated_realm_import_embeds_the_realm_file_unchanged() throws IOException {
        Map<?, ?> realmImport = (Map<?, ?>) single(REALM_IMPORT);
        assertEquals("KeycloakRealmImport", realmImport.get("kind"));
        Map<?, ?> spec = (Map<?, ?>) realmImport.get("spec");
        Map<?, ?> realmFile = new ObjectMapper().readValue(REALM.toFile(), Map.class);
        // assertTrue, not assertEquals: the realm printed twice would bury the message
        assertTrue(realmFile.equals(spec.get("realm")),
                REALM_IMPORT + " differs from " + REALM + ": regenerate it with the command in docs/deploy.md");

        Object keycloakName = null;
        for (Object document : loadAll(K8S.resolve("keycloak.yaml"))) {
            if (document instanceof Map<?, ?> map && "Keycloak".equals(map.get("kind"))) {
                keycloakName = ((Map<?, ?>) map.get("metadata")).get("name");
            }
        }
        assertEquals(keycloakName, spec.get("keycloakCRName"), "the import must target the Keycloak CR");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static List<Path> yamlFiles(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is missing (run from the project root)");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .filter(p -> !isSkipped(root.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isSkipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String directory = relative.getName(i).toString();
            if (SKIPPED_DIRECTORIES.contains(directory) || directory.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** All non-empty documents of a (possibly multi-document) YAML file. */
    private static List<Object> loadAll(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return StreamSupport.stream(new Yaml().loadAll(reader).spliterator(), false)
                    .filter(document -> document != null)
                    .toList();
        } catch (YAMLException e) {
            throw new YAMLException(file + ": " + e.getMessage(), e);
        }
    }

    private static Object single(Path file) throws IOException {
        List<Object> documents = loadAll(file);
        assertEquals(1, documents.size(), file + " should hold one document");
        return documents.get(0);
    }

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(REALM.toFile());
    }

    private static JsonNode findBy(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static void assertNonBlank(Object value, String what) {
        assertTrue(value != null && !String.valueOf(value).isBlank(), what + " is missing");
    }
}
