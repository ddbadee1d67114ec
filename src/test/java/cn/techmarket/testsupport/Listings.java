package cn.techmarket.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Listing fixtures through the real API, and a wait for the search index to catch up (never a sleep-and-hope). */
public final class Listings {
    private static final Map<String, Integer> VERIFIED_ORGS = new java.util.concurrent.ConcurrentHashMap<>();

    private Listings() {
    }

    /** A verified organization administered by this demo user (created once per run). */
    public static int verifiedOrgOf(String user) {
        // keyed by database too: a test profile restarts the application on a fresh database
        String database = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return VERIFIED_ORGS.computeIfAbsent(user + "@" + database, key -> {
            String u = user;
            Map<String, Object> body = Fixtures.anEnterprise("测试机构-" + u);
            int id = given().header("Authorization", Tokens.bearer(u)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
            given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                    .body(Map.of("decision", "VERIFIED")).post("/api/v1/organizations/" + id + "/verification")
                    .then().statusCode(200);
            return id;
        });
    }

    public static Map<String, Object> aNeed(String title) {
        Map<String, Object> f = new HashMap<>();
        f.put("title", title);
        f.put("summary", "企业需要提升" + title + "的关键性能指标，寻求高校院所合作攻关。");
        f.put("details", "详细技术参数与现场条件（仅认证机构可见）");
        f.put("keywords", "装备制造,清洁能源");
        f.put("industryCode", "EQUIP");
        f.put("regionCode", "510603");
        f.put("stage", "PILOT");
        f.put("trl", 5);
        f.put("modes", List.of("JOINT_DEV", "COMMISSIONED_DEV"));
        f.put("priceNegotiable", false);
        f.put("priceMin", "500000.00");
        f.put("priceMax", "2000000.00");
        f.put("problem", "现有工艺良品率低，能耗高");
        f.put("targetIndicators", "良品率由 85% 提升至 95%");
        f.put("needClass", "BOTTLENECK");
        f.put("contactName", "王工");
        f.put("contactPhone", "028-86000000");
        f.put("contactEmail", "wang@example.cn");
        f.put("expiresAt", LocalDate.now().plusDays(90).toString());
        return f;
    }

    public static Map<String, Object> aResult(String title) {
        Map<String, Object> f = aNeed(title);
        f.remove("problem");
        f.remove("targetIndicators");
        f.remove("needClass");
        f.put("summary", title + "，已完成中试验证，性能指标国内领先。");
        f.put("priceMin", "1200000.00");
        f.put("priceMax", null);
        f.put("rightsStatus", "OWNED");
        f.put("rightsConfirmed", true);
        f.put("pricingMethod", "AGREEMENT");
        f.put("modes", List.of("TRANSFER", "LICENSE"));
        f.put("ipItems", List.of(Map.of("type", "INVENTION_PATENT", "number", "ZL2021 1 0123456.7", "status", "GRANTED",
                "title", "一种高效换热装置")));
        return f;
    }

    public static int create(String user, String kind, Map<String, Object> form) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .queryParam("kind", kind).queryParam("organizationId", verifiedOrgOf(user)).body(form)
                .post("/api/v1/listings").then().statusCode(201).extract().path("id");
    }

    public static void act(String user, int id, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/listings/" + id + "/transitions").then().statusCode(200);
    }

    /** A published (or expired) listing valid until another date: its indexed document changes. */
    public static void renew(String user, int id, LocalDate until) {
        given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("action", "RENEW", "expiresAt", until.toString()))
                .post("/api/v1/listings/" + id + "/transitions").then().statusCode(200);
    }

    /**
     * A published listing under a new title: only drafts are edited, so it is withdrawn, reopened, edited, submitted
     * and approved again (five writes, each with its outbox row).
     */
    public static void retitle(String user, int id, String kind, String title) {
        act(user, id, "WITHDRAW", null);
        act(user, id, "REOPEN", null);
        int version = given().header("Authorization", Tokens.bearer(user)).get("/api/v1/listings/" + id)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> form = "NEED".equals(kind) ? aNeed(title) : aResult(title);
        form.put("version", version);
        given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(form)
                .put("/api/v1/listings/" + id).then().statusCode(200);
        act(user, id, "SUBMIT", null);
        act("admin", id, "APPROVE", null);
    }

    /** Creates, submits and approves: a published listing. */
    public static int published(String user, String kind, Map<String, Object> form) {
        int id = create(user, kind, form);
        act(user, id, "SUBMIT", null);
        act("admin", id, "APPROVE", null);
        return id;
    }

    /**
     * Waits until these listings have their embeddings and the index has caught up with them: matching by meaning
     * sees a listing only then (the EmbeddingWorker runs every few seconds).
     */
    public static void awaitEmbedded(int... ids) {
        List<Integer> wanted = java.util.Arrays.stream(ids).boxed().toList();
        waitUntil("embeddings did not arrive in 60 s", Duration.ofSeconds(60), () -> count(
                "select count(*) from listing_embedding where listing_id in (?1)", wanted) == ids.length);
        awaitIndexed();
    }

    /** Waits until the outbox is drained, then refreshes the aliases so the writes are searchable. */
    public static void awaitIndexed() {
        waitUntil("the search outbox did not drain in 30 s", Duration.ofSeconds(30),
                () -> count("select count(*) from search_outbox where parked_at is null", null) == 0);
        refresh();
    }

    private static long count(String sql, Object parameter) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** Polls {@code done} until it holds; fails after {@code timeout}, and fails at once when interrupted. */
    public static void waitUntil(String failure, Duration timeout, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(failure);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                // an interrupted wait has not seen its condition: returning would let the test assert on stale state
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + failure, e);
            }
        }
    }

    public static void refresh() {
        String prefix = ConfigProvider.getConfig().getValue("techmarket.search.index-prefix", String.class);
        try {
            Arc.container().instance(ElasticsearchClient.class).get().indices()
                    .refresh(r -> r.index(prefix + "-need", prefix + "-result"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
