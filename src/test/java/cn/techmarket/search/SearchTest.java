package cn.techmarket.search;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SearchTest {
    private static final AtomicInteger MARKERS = new AtomicInteger();
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexNames names;
    @Inject
    EntityManager em;

    /**
     * A token that occurs in no other listing, so each test sees only its own data. Letters only: smartcn keeps them
     * one word, so the marker counts as one of the query's words (digits and letters would be several).
     */
    static String marker() {
        long n = (System.nanoTime() % 1_000_000_000L) * 1000 + MARKERS.incrementAndGet();
        StringBuilder letters = new StringBuilder("tm");
        for (char c : Long.toString(n, 26).toCharArray()) {
            letters.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return letters.toString();
    }

    private static JsonPath search(String query) {
        return given().get("/api/v1/search?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_chinese_word_matches_as_a_word_not_as_characters() {
        String m = marker();
        int jd = Listings.published("enterprise", "NEED", Listings.aNeed("京东物流仓储机器人视觉导航 " + m));
        int bj = Listings.published("enterprise", "NEED", Listings.aNeed("北京东城区老旧楼宇节能改造 " + m));
        Listings.awaitIndexed();
        assertThat(search("q=京东 " + m).getList("hits.id", Integer.class)).containsExactly(jd);
        assertThat(search("q=北京 " + m).getList("hits.id", Integer.class)).containsExactly(bj);
        JsonPath hit = search("q=机器人 " + m);
        assertThat(hit.getString("hits[0].titleHtml")).contains("<mark>机器人</mark>");
    }

    @Test
    void every_facet_counts_what_the_result_set_holds() {
        String m = marker();
        Listings.published("enterprise", "NEED", Listings.aNeed("清洁能源装备密封件 " + m));
        Map<String, Object> dazhou = Listings.aNeed("天然气净化催化剂 " + m);
        dazhou.put("regionCode", "511702");
        dazhou.put("priceNegotiable", true);
        dazhou.put("priceMin", null);
        dazhou.put("priceMax", null);
        Listings.published("enterprise", "NEED", dazhou);
        Map<String, Object> chengdu = Listings.aResult("高效换热器设计方法 " + m);
        chengdu.put("regionCode", "510104");
        Listings.published("researcher", "RESULT", chengdu);
        Listings.awaitIndexed();

        JsonPath all = search("q=" + m);
        assertThat(all.getLong("total")).isEqualTo(3);
        assertThat(counts(all, "type")).containsExactlyInAnyOrderEntriesOf(Map.of("NEED", 2L, "RESULT", 1L));
        assertThat(counts(all, "regionGroup")).containsEntry("CDMZ", 2L).containsEntry("WDK", 1L).containsEntry("CHUANYU", 3L);
        assertThat(counts(all, "city")).containsExactlyInAnyOrderEntriesOf(Map.of("510600", 1L, "511700", 1L, "510100", 1L));
        assertThat(counts(all, "priceBand")).containsExactlyInAnyOrderEntriesOf(Map.of("NEGOTIABLE", 1L, "FROM_100W", 2L));
        assertThat(counts(all, "ipType")).containsExactlyInAnyOrderEntriesOf(Map.of("INVENTION_PATENT", 1L));
        assertThat(counts(all, "mode")).containsExactlyInAnyOrderEntriesOf(
                Map.of("JOINT_DEV", 2L, "COMMISSIONED_DEV", 2L, "TRANSFER", 1L, "LICENSE", 1L));
        assertThat(counts(all, "stage")).containsExactlyInAnyOrderEntriesOf(Map.of("PILOT", 3L));
        assertThat(counts(all, "trl")).containsExactlyInAnyOrderEntriesOf(Map.of("5", 3L));
        assertThat(counts(all, "industry")).containsExactlyInAnyOrderEntriesOf(Map.of("EQUIP", 3L));

        assertThat(search("q=" + m + "&region=CDMZ").getLong("total")).isEqualTo(2);
        assertThat(search("q=" + m + "&region=510600").getLong("total")).isEqualTo(1);
        assertThat(search("q=" + m + "&type=RESULT&ipType=INVENTION_PATENT").getLong("total")).isEqualTo(1);
        assertThat(search("q=" + m + "&priceBand=NEGOTIABLE").getList("hits.price")).containsExactly("面议");
        List<String> byPrice = search("q=" + m + "&sort=price_asc").getList("hits.price");
        assertThat(byPrice).containsExactly("¥1,200,000.00", "¥500,000.00–¥2,000,000.00", "面议");
    }

    private static Map<String, Long> counts(JsonPath result, String facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        List<Map<String, Object>> buckets = result.getList("facets." + facet);
        buckets.forEach(b -> counts.put(b.get("key").toString(), ((Number) b.get("count")).longValue()));
        return counts;
    }

    @Test
    void deep_paging_follows_the_cursor_without_gaps_or_repeats() {
        String m = marker();
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(Listings.published("enterprise", "NEED", Listings.aNeed("分页测试需求" + i + " " + m)));
        }
        Listings.awaitIndexed();
        List<Integer> seen = new ArrayList<>();
        String after = null;
        for (int round = 0; round < 10; round++) {
            JsonPath page = search("q=" + m + "&sort=newest&size=2" + (after == null ? "" : "&after=" + after));
            seen.addAll(page.getList("hits.id", Integer.class));
            after = page.getString("next");
            if (after == null) {
                break;
            }
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(created));
        assertThat(seen.get(0)).isEqualTo(created.get(6));
        given().get("/api/v1/search?after=not-a-cursor!").then().statusCode(400);
        given().get("/api/v1/search?page=51").then().statusCode(400);
    }

    @Test
    void a_visitor_never_finds_a_draft_and_a_withdrawn_listing_leaves_the_index() {
        String m = marker();
        int id = Listings.create("enterprise", "NEED", Listings.aNeed("草稿不应被搜到 " + m));
        Listings.awaitIndexed();
        assertThat(search("q=" + m).getLong("total")).isZero();
        Listings.act("enterprise", id, "SUBMIT", null);
        Listings.act("admin", id, "APPROVE", null);
        Listings.awaitIndexed();
        assertThat(search("q=" + m).getLong("total")).isEqualTo(1);
        Listings.act("enterprise", id, "WITHDRAW", null);
        Listings.awaitIndexed();
        assertThat(search("q=" + m).getLong("total")).isZero();
    }

    @Test
    void writes_succeed_while_elasticsearch_refuses_them_and_become_searchable_when_it_returns() throws Exception {
        String m = marker();
        String index = client.indices().getAlias(a -> a.name(names.alias(cn.techmarket.listing.ListingKind.NEED)))
                .aliases().keySet().iterator().next();
        client.indices().close(c -> c.index(index));
        try {
            Listings.published("enterprise", "NEED", Listings.aNeed("停机期间发布的需求 " + m));
            long deadline = System.currentTimeMillis() + 15_000;
            while (attemptsOfPendingRows() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(attemptsOfPendingRows()).as("the worker tried and kept the row").isPositive();
        } finally {
            client.indices().open(o -> o.index(index));
        }
        Listings.awaitIndexed();
        assertThat(search("q=" + m).getLong("total")).isEqualTo(1);
    }

    private long attemptsOfPendingRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(attempts), 0) from search_outbox").getSingleResult()).longValue());
    }

    @Test
    void a_reindex_under_live_writes_loses_nothing() throws Exception {
        String m = marker();
        List<Integer> ours = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(Listings.published("enterprise", "NEED", Listings.aNeed("重建前需求" + i + " " + m)));
        }
        Listings.awaitIndexed();
        given().header("Authorization", Tokens.bearer("admin")).post("/api/v1/search/reindex/NEED")
                .then().statusCode(202).body("kind", equalTo("NEED"));
        for (int i = 0; i < 4; i++) {
            ours.add(Listings.published("enterprise", "NEED", Listings.aNeed("重建期间需求" + i + " " + m)));
        }
        long deadline = System.currentTimeMillis() + 60_000;
        String state;
        do {
            Thread.sleep(200);
            state = given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/search/reindex/NEED")
                    .then().statusCode(200).extract().path("state");
        } while ("RUNNING".equals(state) && System.currentTimeMillis() < deadline);
        assertThat(state).isEqualTo("DONE");
        Listings.awaitIndexed();
        // only this test's own needs: what other tests published (or withdrew) meanwhile is none of its business
        JsonPath found = search("q=" + m + "&size=20");
        assertThat(found.getLong("total")).isEqualTo(7);
        assertThat(found.getList("hits.id", Integer.class)).containsExactlyInAnyOrderElementsOf(ours);
    }

    @Test
    void suggestions_complete_a_typed_prefix() {
        String m = marker();
        Listings.published("researcher", "RESULT", Listings.aResult("玄武岩纤维连续拉丝漏板 " + m));
        Listings.awaitIndexed();
        List<String> suggestions = given().get("/api/v1/search/suggest?prefix=玄武岩纤维连续").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(suggestions).anyMatch(s -> s.startsWith("玄武岩纤维连续拉丝漏板"));
    }
}
