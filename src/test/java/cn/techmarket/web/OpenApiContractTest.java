package cn.techmarket.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document keeps what client generators need, the rules of Redocly's recommended set that it once broke
 * (checked here without the network; `npx @redocly/cli lint target/openapi.json` runs the real linter on the copy
 * this test leaves): a server and a licence are named, only the JSON API is described, every operation has a unique operationId, a security requirement (an empty one for public
 * operations) and a documented 4xx response, and no two paths are ambiguous.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void every_operation_has_an_id_a_security_requirement_and_a_4xx_response_and_no_paths_are_ambiguous()
            throws IOException {
        String body = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), body);
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.from(body).getMap("paths");
        List<String> problems = new ArrayList<>();
        if (JsonPath.from(body).getList("servers") == null || JsonPath.from(body).getList("servers").isEmpty()) {
            problems.add("no server");
        }
        if (JsonPath.from(body).get("info.license.name") == null) {
            problems.add("no licence");
        }
        paths.keySet().stream().filter(path -> !path.startsWith("/api/")).forEach(path -> problems.add("a page: " + path));
        Set<String> ids = new HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            if (id == null || !ids.add(id.toString())) {
                problems.add(name + ": operationId missing or not unique: " + id);
            }
            if (operation.get("security") == null) {
                problems.add(name + ": no security requirement");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                problems.add(name + ": no 4xx response");
            }
        }));
        List<String> shapes = paths.keySet().stream().toList();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                if (ambiguous(shapes.get(i), shapes.get(j))) {
                    problems.add("ambiguous paths: " + shapes.get(i) + " and " + shapes.get(j));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Redocly's no-ambiguous-paths: the same number of segments, equal wherever both are literal, and as many
     * template segments in one as in the other (so /deals/{id} and /deals/mine are not ambiguous: the literal wins).
     */
    static boolean ambiguous(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        if (x.length != y.length) {
            return false;
        }
        int xVars = 0;
        int yVars = 0;
        for (int k = 0; k < x.length; k++) {
            boolean xt = x[k].matches("\\{.+}");
            boolean yt = y[k].matches("\\{.+}");
            xVars += xt ? 1 : 0;
            yVars += yt ? 1 : 0;
            if (!xt && !yt && !x[k].equals(y[k])) {
                return false;
            }
        }
        return xVars == yVars;
    }
}
