package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JSON API operation of the OpenAPI document, called by nobody, by each role, by the owner of the resource and by a
 * non-owner of the same role, against the one table below. An operation without a row fails the test, so a new
 * endpoint cannot ship without its authorization being written down.
 *
 * <p>A row: the path with fixtures in braces, then per caller the expected status; {@code *} is every caller not
 * named. {@code ok} means "may": a read must answer 2xx; a write is then sent with an empty body and must get past
 * authorization (to the validation's 400, or a 2xx where an empty body is a valid one). Callers refused a write are sent a
 * valid body, which must not get through. Owners: {@code enterprise} owns the need, the draft, its organization,
 * the saved search, the follow and its inbox; {@code enterprise2} owns the interest and the result; {@code broker}
 * owns the claim, the deal and the training.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final List<String> CALLERS = List.of("anonymous", "enterprise", "enterprise2", "researcher",
            "broker", "broker2", "provider", "registrar", "bureau", "admin");
    private static final String SIGNED_IN = "anonymous=401 *=ok";

    /** The table: "METHOD openapi-path" → row. */
    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    static {
        // reference data, search: public
        row("GET /api/v1/industries", "/api/v1/industries", "*=ok");
        row("GET /api/v1/regions", "/api/v1/regions", "*=ok");
        row("GET /api/v1/regions/{code}", "/api/v1/regions/510600", "*=ok");
        row("GET /api/v1/region-groups", "/api/v1/region-groups", "*=ok");
        row("GET /api/v1/search", "/api/v1/search?q=matrix", "*=ok");
        row("GET /api/v1/search/suggest", "/api/v1/search/suggest?prefix=matrix", "*=ok");
        row("GET /api/v1/search/reindex/{kind}", "/api/v1/search/reindex/NEED", "anonymous=401 admin=skip *=403");
        row("POST /api/v1/search/reindex/{kind}", "/api/v1/search/reindex/NEED", "anonymous=401 admin=skip *=403");
        row("GET /api/v1/audit", "/api/v1/audit?entityType=listing&entityId={need}", "anonymous=401 admin=ok bureau=ok *=403");
        // organizations
        row("GET /api/v1/organizations", "/api/v1/organizations", "*=ok");
        row("GET /api/v1/organizations/{id}", "/api/v1/organizations/{org}", "*=ok");
        row("POST /api/v1/organizations", "/api/v1/organizations", "anonymous=401 registrar=403 bureau=403 *=ok", "org");
        row("PUT /api/v1/organizations/{id}", "/api/v1/organizations/{org}", "anonymous=401 enterprise=ok admin=ok *=403", "org");
        row("POST /api/v1/organizations/{id}/verification", "/api/v1/organizations/{org}/verification",
                "anonymous=401 admin=ok *=403", "verification");
        row("GET /api/v1/organizations/{id}/members", "/api/v1/organizations/{org}/members",
                "anonymous=401 enterprise=ok admin=ok *=403");
        row("PUT /api/v1/organizations/{id}/members", "/api/v1/organizations/{org}/members",
                "anonymous=401 enterprise=ok admin=ok *=403", "member");
        row("DELETE /api/v1/organizations/{id}/members/{username}", "/api/v1/organizations/{org}/members/enterprise2",
                "anonymous=401 enterprise=skip admin=skip *=403");
        row("GET /api/v1/me", "/api/v1/me", SIGNED_IN);
        // listings
        row("POST /api/v1/listings", "/api/v1/listings?kind=NEED&organizationId={org}",
                "anonymous=401 enterprise=ok admin=ok enterprise2=400 *=403", "listing");
        row("GET /api/v1/listings/{id}", "/api/v1/listings/{draft}", "enterprise=ok admin=ok *=404");
        // the operator may correct a listing (moderation); see the report of issue 9
        row("PUT /api/v1/listings/{id}", "/api/v1/listings/{need}", "anonymous=401 enterprise=ok admin=ok *=403", "listing");
        row("POST /api/v1/listings/{id}/transitions", "/api/v1/listings/{need}/transitions",
                "anonymous=401 enterprise=ok admin=ok *=403", "withdraw");
        row("GET /api/v1/listings/mine", "/api/v1/listings/mine", SIGNED_IN);
        row("GET /api/v1/listings/moderation", "/api/v1/listings/moderation", "anonymous=401 admin=ok *=403");
        row("GET /api/v1/matches/{listingId}", "/api/v1/matches/{need}", "*=ok");
        row("GET /api/v1/listing-imports", "/api/v1/listing-imports", SIGNED_IN);
        // multipart only: a JSON body is refused as 415 before anyone is asked to sign in
        row("POST /api/v1/listing-imports", "/api/v1/listing-imports", "anonymous=415 *=skip");
        row("GET /api/v1/listing-imports/template", "/api/v1/listing-imports/template?kind=NEED", "*=ok");
        row("GET /api/v1/listing-imports/{id}", "/api/v1/listing-imports/987654", "anonymous=401 *=404");
        row("GET /api/v1/listing-imports/{id}/errors", "/api/v1/listing-imports/987654/errors", "anonymous=401 *=404");
        // engagement
        row("GET /api/v1/listings/{id}/interests", "/api/v1/listings/{need}/interests",
                "anonymous=401 enterprise=ok admin=ok *=403");
        row("POST /api/v1/listings/{id}/interests", "/api/v1/listings/{need}/interests",
                "anonymous=401 enterprise=409 enterprise2=ok *=403",
                "interest");
        row("GET /api/v1/interests/mine", "/api/v1/interests/mine", SIGNED_IN);
        row("GET /api/v1/interests/{id}", "/api/v1/interests/{interest}", "anonymous=401 enterprise=ok enterprise2=ok admin=ok *=404");
        row("POST /api/v1/interests/{id}/decision", "/api/v1/interests/{interest}/decision",
                "anonymous=401 enterprise=ok enterprise2=403 admin=403 *=404", "decision");
        row("POST /api/v1/interests/{id}/withdrawal", "/api/v1/interests/{interest}/withdrawal",
                "anonymous=401 enterprise2=skip enterprise=403 admin=403 *=404");
        row("GET /api/v1/inbox", "/api/v1/inbox", SIGNED_IN);
        row("GET /api/v1/inbox/unread-count", "/api/v1/inbox/unread-count", SIGNED_IN);
        row("POST /api/v1/inbox/read", "/api/v1/inbox/read", "anonymous=401 *=skip");
        row("POST /api/v1/inbox/{id}/read", "/api/v1/inbox/{notification}/read", "anonymous=401 enterprise=skip *=404");
        row("GET /api/v1/saved-searches", "/api/v1/saved-searches", SIGNED_IN);
        row("POST /api/v1/saved-searches", "/api/v1/saved-searches", "anonymous=401 *=ok", "savedSearch");
        row("PUT /api/v1/saved-searches/{id}", "/api/v1/saved-searches/{savedSearch}", "anonymous=401 enterprise=ok *=404", "pause");
        row("DELETE /api/v1/saved-searches/{id}", "/api/v1/saved-searches/{savedSearch}", "anonymous=401 enterprise=skip *=404");
        row("GET /api/v1/follows", "/api/v1/follows", SIGNED_IN);
        row("POST /api/v1/follows", "/api/v1/follows", "anonymous=401 *=ok", "follow");
        row("PUT /api/v1/follows/{id}", "/api/v1/follows/{follow}", "anonymous=401 enterprise=ok *=404", "pause");
        row("DELETE /api/v1/follows/{id}", "/api/v1/follows/{follow}", "anonymous=401 enterprise=skip *=404");
        // brokers
        row("GET /api/v1/brokers", "/api/v1/brokers", "anonymous=401 admin=ok *=403");
        row("GET /api/v1/brokers/{id}", "/api/v1/brokers/{broker}", "*=ok");
        row("GET /api/v1/brokers/me", "/api/v1/brokers/me", "anonymous=401 broker=ok broker2=ok *=403");
        row("PUT /api/v1/brokers/me", "/api/v1/brokers/me", "anonymous=401 broker=ok broker2=ok *=403", "broker");
        row("GET /api/v1/brokers/me/claims", "/api/v1/brokers/me/claims", "anonymous=401 broker=ok broker2=ok *=403");
        row("GET /api/v1/brokers/me/dashboard", "/api/v1/brokers/me/dashboard", "anonymous=401 broker=ok broker2=ok *=403");
        row("POST /api/v1/brokers/me/trainings", "/api/v1/brokers/me/trainings", "anonymous=401 broker=ok broker2=ok *=403", "training");
        row("DELETE /api/v1/brokers/me/trainings/{trainingId}", "/api/v1/brokers/me/trainings/{training}",
                "anonymous=401 broker=skip broker2=404 *=403");
        row("GET /api/v1/broker-queue", "/api/v1/broker-queue", "anonymous=401 broker=ok broker2=ok admin=ok *=403");
        row("GET /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", SIGNED_IN);
        row("POST /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", "anonymous=401 broker=skip broker2=409 *=403");
        row("DELETE /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", "anonymous=401 broker=skip admin=skip *=403");
        row("PUT /api/v1/needs/{id}/assignment", "/api/v1/needs/{need}/assignment", "anonymous=401 admin=ok *=403", "assignment");
        row("GET /api/v1/needs/{id}/complexity", "/api/v1/needs/{need}/complexity", "*=ok");
        row("GET /api/v1/deals", "/api/v1/deals", "anonymous=401 broker=ok broker2=ok admin=ok *=403");
        row("POST /api/v1/deals", "/api/v1/deals", "anonymous=401 broker=ok broker2=ok *=403", "deal");
        row("GET /api/v1/deals/{id}", "/api/v1/deals/{deal}", "anonymous=401 broker=ok admin=ok *=404");
        row("POST /api/v1/deals/{id}/transitions", "/api/v1/deals/{deal}/transitions", "anonymous=401 broker=ok admin=403 *=404", "move");
        row("PUT /api/v1/deals/{id}/commission", "/api/v1/deals/{deal}/commission", "anonymous=401 broker=ok admin=403 *=404", "commission");
        row("GET /api/v1/deals/{id}/dockings", "/api/v1/deals/{deal}/dockings", "anonymous=401 broker=ok admin=ok *=404");
        row("POST /api/v1/deals/{id}/dockings", "/api/v1/deals/{deal}/dockings", "anonymous=401 broker=ok admin=403 *=404", "docking");
    }

    record Row(String path, Map<String, String> expected, String body) {
    }

    private static void row(String operation, String path, String spec) {
        row(operation, path, spec, null);
    }

    private static void row(String operation, String path, String spec, String body) {
        Map<String, String> expected = new HashMap<>();
        for (String part : spec.split(" ")) {
            String[] kv = part.split("=", 2);
            expected.put(kv[0], kv[1]);
        }
        TABLE.put(operation, new Row(path, expected, body));
    }

    @Test
    void every_operation_answers_each_caller_as_the_table_says() throws Exception {
        List<String> operations = operations();
        List<String> missing = operations.stream().filter(op -> !TABLE.containsKey(op)).toList();
        assertTrue(missing.isEmpty(), "operations without a row in the authorization table: " + missing);

        Map<String, String> ids = fixtures();
        Map<String, Object> bodies = bodies(ids);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String operation : operations) {
            Row row = TABLE.get(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String path = resolve(row.path(), ids);
            for (String caller : CALLERS) {
                String expected = row.expected().getOrDefault(caller, row.expected().get("*"));
                if (expected == null || expected.equals("skip")) {
                    continue;
                }
                boolean may = expected.equals("ok");
                RequestSpecification request = given().redirects().follow(false);
                if (!caller.equals("anonymous")) {
                    request.header("Authorization", Tokens.bearer(caller));
                }
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    request.contentType("application/json");
                    request.body(may ? "{}" : row.body() == null ? "{}" : bodies.get(row.body()));
                }
                int status = request.request(method, path).statusCode();
                calls++;
                boolean passed = status >= 200 && status < 300;
                boolean right = may ? passed || (!method.equals("GET") && status == 400)
                        : status == Integer.parseInt(expected);
                if (!right) {
                    wrong.add(operation + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls answered otherwise than the table:\n"
                + String.join("\n", wrong));
    }

    private static List<String> operations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString()).path("paths");
        TreeSet<String> ops = new TreeSet<>();
        // the document also lists the pages (Qute resources); the matrix is the JSON API's
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (p.getKey().startsWith("/api/") && List.of("get", "post", "put", "delete", "patch").contains(method)) {
                ops.add(method.toUpperCase() + " " + p.getKey());
            }
        }));
        assertTrue(ops.size() > 50, "the OpenAPI document lists the operations: " + ops);
        return new ArrayList<>(ops);
    }

    private static String resolve(String path, Map<String, String> ids) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    private static Map<String, String> fixtures() {
        Map<String, String> ids = new HashMap<>();
        int org = Listings.verifiedOrgOf("enterprise");
        Listings.verifiedOrgOf("enterprise2");
        ids.put("org", String.valueOf(org));
        ids.put("draft", String.valueOf(Listings.create("enterprise", "NEED", Listings.aNeed("权限矩阵草稿需求"))));
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("权限矩阵需求"));
        ids.put("need", String.valueOf(need));
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("权限矩阵成果"));
        ids.put("result", String.valueOf(result));
        ids.put("broker", String.valueOf(Brokers.ensureProfile("broker")));
        Brokers.ensureProfile("broker2");
        Brokers.claim("broker", need).then().statusCode(200);
        ids.put("deal", String.valueOf(given().header("Authorization", Tokens.bearer("broker")).contentType("application/json")
                .body(Map.of("needId", need, "title", "权限矩阵交易", "resultIds", List.of(result)))
                .post("/api/v1/deals").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("interest", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise2"))
                .contentType("application/json").body(Map.of("message", "权限矩阵意向"))
                .post("/api/v1/listings/" + need + "/interests").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("notification", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .get("/api/v1/inbox").then().statusCode(200).extract().<Integer>path("items[0].id")));
        ids.put("savedSearch", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .contentType("application/json").body(Map.of("name", "权限矩阵搜索", "query", Map.of("q", "氢能")))
                .post("/api/v1/saved-searches").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("follow", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .contentType("application/json").body(Map.of("listingId", need))
                .post("/api/v1/follows").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("training", String.valueOf(given().header("Authorization", Tokens.bearer("broker"))
                .contentType("application/json").body(Map.of("kind", "INITIAL", "title", "权限矩阵培训",
                        "provider", "四川省科技厅", "completedOn", "2026-01-10", "hours", 8))
                .post("/api/v1/brokers/me/trainings").then().statusCode(201).extract().<Integer>path("id")));
        return ids;
    }

    /** Valid bodies: what a refused caller sends, which must not get through. */
    private static Map<String, Object> bodies(Map<String, String> ids) {
        Map<String, Object> bodies = new HashMap<>();
        Map<String, Object> org = new HashMap<>(Fixtures.anEnterprise("权限矩阵机构"));
        bodies.put("org", org);
        bodies.put("verification", Map.of("decision", "REJECTED", "note", "权限矩阵"));
        bodies.put("member", Map.of("username", "researcher", "role", "MEMBER"));
        Map<String, Object> listing = Listings.aNeed("权限矩阵改写");
        listing.put("version", 1);
        bodies.put("listing", listing);
        bodies.put("withdraw", Map.of("action", "WITHDRAW"));
        bodies.put("interest", Map.of("message", "权限矩阵意向"));
        bodies.put("decision", Map.of("decision", "DECLINE", "reason", "PRICE"));
        bodies.put("savedSearch", Map.of("name", "权限矩阵搜索二", "query", Map.of("q", "钢")));
        bodies.put("pause", Map.of("paused", true));
        bodies.put("follow", Map.of("listingId", Integer.parseInt(ids.get("need"))));
        bodies.put("broker", Map.of("level", "JUNIOR", "fields", List.of("EQUIP"), "regions", List.of("CDMZ")));
        bodies.put("training", Map.of("kind", "CONTINUING", "title", "权限矩阵", "provider", "科技厅", "completedOn", "2026-01-10", "hours", 4));
        bodies.put("assignment", Map.of("brokerId", Integer.parseInt(ids.get("broker"))));
        bodies.put("deal", Map.of("needId", Integer.parseInt(ids.get("need")), "title", "权限矩阵交易二",
                "resultIds", List.of(Integer.parseInt(ids.get("result")))));
        bodies.put("move", Map.of("to", "DOCKING", "version", 0));
        bodies.put("commission", Map.of("kind", "PERCENT", "rate", "5.00", "version", 0));
        bodies.put("docking", Map.of("kind", "MEETING", "occurredAt", "2026-11-01T10:00:00+08:00", "parties", "双方",
                "notes", "权限矩阵对接"));
        return bodies;
    }
}
