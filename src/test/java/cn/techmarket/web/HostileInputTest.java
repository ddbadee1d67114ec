package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of hostile bodies against every write operation. The operations with a known valid body get each of
 * their fields spoiled in turn (wrong type, number for an enum, fractional number, number for a date, "" for a
 * boolean, control character, lone surrogate, oversize text, negative and huge amounts, null in a list); every
 * other write operation in the OpenAPI document gets malformed and wrongly shaped JSON. Every answer must be a
 * problem+json 4xx, and afterwards the database must hold exactly what it held before.
 */
@QuarkusTest
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    /**
     * Tables that background workers write on their own schedule, whatever the requests did: the subscription worker
     * delivers the fixture's newly published listings to followers' inboxes a little later.
     */
    private static final Set<String> WORKER_TABLES = Set.of("search_outbox", "listing_embedding", "flyway_schema_history",
            "subscription_event", "notification");

    record Target(String method, String path, String user, ObjectNode valid) {
    }

    @Test
    void every_write_operation_refuses_hostile_bodies_with_a_problem_and_stores_nothing() throws Exception {
        List<Target> targets = targets();
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Target target : targets) {
            for (Map.Entry<String, String> spoiled : spoil(target.valid()).entrySet()) {
                requests++;
                check(target, spoiled.getKey(), spoiled.getValue(), failures);
            }
        }
        for (Map.Entry<String, String> write : writeOperations().entrySet()) {
            String[] methodAndPath = write.getKey().split(" ", 2);
            Target target = new Target(methodAndPath[0], methodAndPath[1].replaceAll("\\{[^}]+}", "1"), "admin", null);
            for (Map.Entry<String, String> bad : shapeless().entrySet()) {
                requests++;
                check(target, bad.getKey(), bad.getValue(), failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " hostile requests were not refused:\n"
                + String.join("\n", failures));
        assertEquals(before, rowCounts(), "a refused request changed the database");
        assertTrue(requests > 300, "the corpus ran " + requests + " requests");
    }

    private static void check(Target target, String what, String body, List<String> failures) {
        Response response = given().header("Authorization", Tokens.bearer(target.user()))
                .contentType("application/json; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .request(target.method(), target.path());
        int status = response.statusCode();
        String type = response.contentType();
        if (status < 400 || status >= 500 || type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
            failures.add(target.method() + " " + target.path() + " with " + what + " → " + status + " " + type);
        }
    }

    /** Operations whose valid body we know: created fresh, then spoiled one field at a time. */
    private static List<Target> targets() throws Exception {
        int org = Listings.verifiedOrgOf("enterprise");
        int need = Listings.create("enterprise", "NEED", Listings.aNeed("敌意输入语料需求"));
        int published = Listings.published("enterprise", "NEED", Listings.aNeed("敌意输入语料已发布需求"));
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("敌意输入语料成果"));
        Brokers.ensureProfile("broker");
        int pendingOrg = given().header("Authorization", Tokens.bearer("researcher")).contentType("application/json")
                .body(Fixtures.anEnterprise("敌意输入待认证机构")).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> update = Listings.aNeed("敌意输入语料需求");
        update.put("version", 0);
        Map<String, Object> broker = Map.of("level", "INTERMEDIATE", "fields", List.of("EQUIP"),
                "regions", List.of("CDMZ"), "bio", "专注装备制造", "version", 0);
        return List.of(
                new Target("POST", "/api/v1/organizations", "enterprise", tree(Fixtures.anEnterprise("敌意输入机构"))),
                new Target("POST", "/api/v1/organizations/" + pendingOrg + "/verification", "admin",
                        tree(Map.of("decision", "VERIFIED", "note", "ok"))),
                new Target("POST", "/api/v1/listings?kind=NEED&organizationId=" + org, "enterprise",
                        tree(Listings.aNeed("敌意输入新需求"))),
                new Target("POST", "/api/v1/listings?kind=RESULT&organizationId=" + Listings.verifiedOrgOf("enterprise2"),
                        "enterprise2", tree(Listings.aResult("敌意输入新成果"))),
                new Target("PUT", "/api/v1/listings/" + need, "enterprise", tree(update)),
                new Target("POST", "/api/v1/listings/" + need + "/transitions", "enterprise",
                        tree(Map.of("action", "SUBMIT"))),
                new Target("POST", "/api/v1/listings/" + published + "/interests", "enterprise2",
                        tree(Map.of("message", "希望合作", "contactPhone", "13800000000",
                                "organizationId", Listings.verifiedOrgOf("enterprise2")))),
                new Target("PUT", "/api/v1/brokers/me", "broker", tree(broker)),
                new Target("POST", "/api/v1/deals", "broker",
                        tree(Map.of("needId", published, "title", "敌意输入交易", "resultIds", List.of(result)))),
                new Target("POST", "/api/v1/saved-searches", "enterprise",
                        tree(Map.of("name", "敌意输入搜索", "query", Map.of("q", "氢能", "type", "NEED")))));
    }

    private static ObjectNode tree(Map<String, ?> body) {
        return JSON.valueToTree(body);
    }

    /** Each field of a valid body spoiled in every way that fits its value. */
    static Map<String, String> spoil(ObjectNode valid) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", valid.toString().substring(0, valid.toString().length() / 2));
        for (Iterator<String> names = valid.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            JsonNode value = valid.get(field);
            List<Map.Entry<String, JsonNode>> variants = new ArrayList<>();
            variants.add(Map.entry("an object", N.objectNode().put("x", 1)));
            if (value.isTextual()) {
                String text = value.asText();
                variants.add(Map.entry("a NUL", N.textNode(text + "\u0000x")));
                variants.add(Map.entry("a control character", N.textNode("\u001b[31m" + text)));
                variants.add(Map.entry("oversize text", N.textNode("长".repeat(100_000))));
                if (text.matches("[A-Z][A-Z_]+")) {
                    variants.add(Map.entry("a number for an enum", N.numberNode(1)));
                }
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    variants.add(Map.entry("a number for a date", N.numberNode(-1)));
                }
                if (text.matches("\\d+\\.\\d{2}")) { // yuan, as the API writes amounts
                    variants.add(Map.entry("a negative amount", N.textNode("-" + text)));
                    variants.add(Map.entry("a huge amount", N.textNode("1" + "0".repeat(40))));
                }
            } else if (value.isIntegralNumber()) {
                variants.add(Map.entry("a fractional number", N.numberNode(1.5)));
                variants.add(Map.entry("a negative number", N.numberNode(-1)));
                variants.add(Map.entry("a huge number", N.numberNode(new java.math.BigInteger("1" + "0".repeat(30)))));
                variants.add(Map.entry("text", N.textNode("一")));
            } else if (value.isBoolean()) {
                variants.add(Map.entry("an empty string for a boolean", N.textNode("")));
                variants.add(Map.entry("a number for a boolean", N.numberNode(1)));
            } else if (value.isArray()) {
                ArrayNode withNull = N.arrayNode().addNull();
                variants.add(Map.entry("a null in a list", withNull));
                variants.add(Map.entry("a string for a list", N.textNode("x")));
                if (!value.isEmpty() && value.get(0).isTextual() && value.get(0).asText().matches("[A-Z][A-Z_]+")) {
                    variants.add(Map.entry("a number for an enum in a list", N.arrayNode().add(1)));
                }
                if (!value.isEmpty() && value.get(0).isIntegralNumber()) {
                    variants.add(Map.entry("a fractional id in a list", N.arrayNode().add(1.5)));
                }
            }
            for (Map.Entry<String, JsonNode> variant : variants) {
                ObjectNode body = valid.deepCopy();
                body.set(field, variant.getValue());
                bodies.put(field + " as " + variant.getKey(), body.toString());
            }
        }
        // a lone surrogate cannot live in a Java string sent as UTF-8: it travels as a JSON escape
        String firstText = null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = valid.fields(); fields.hasNext() && firstText == null; ) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isTextual()) {
                firstText = f.getKey();
            }
        }
        if (firstText != null) {
            ObjectNode body = valid.deepCopy();
            body.put(firstText, "SURROGATE");
            bodies.put(firstText + " with a lone surrogate", body.toString().replace("SURROGATE", "a\\ud800b"));
        }
        return bodies;
    }

    /** Bodies that no operation takes. */
    private static Map<String, String> shapeless() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\":");
        bodies.put("a list", "[1,2]");
        bodies.put("a bare string", "\"x\"");
        bodies.put("a NUL in an unknown field", "{\"x\":\"a\\u0000b\"}");
        bodies.put("a lone surrogate", "{\"x\":\"a\\udc00b\"}");
        bodies.put("trailing garbage", "{}}");
        return bodies;
    }

    /** "METHOD path" of every operation in the OpenAPI document that takes a JSON body. */
    private static Map<String, String> writeOperations() throws Exception {
        JsonNode paths = JSON.readTree(given().get("/q/openapi?format=json").asString()).path("paths");
        Map<String, String> ops = new TreeMap<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            JsonNode content = op.getValue().path("requestBody").path("content");
            if (content.has("application/json")) {
                ops.put(op.getKey().toUpperCase() + " " + p.getKey(), op.getValue().path("operationId").asText());
            }
        }));
        assertTrue(ops.size() > 10, "the OpenAPI document lists the write operations: " + ops.keySet());
        return ops;
    }

    private static Map<String, Long> rowCounts() {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'""").getResultList();
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                if (!WORKER_TABLES.contains(table)) {
                    counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
                }
            }
            return counts;
        });
    }
}
