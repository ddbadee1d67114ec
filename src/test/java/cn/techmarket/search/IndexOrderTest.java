package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import cn.techmarket.testsupport.Listings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas drain the same listing: the one whose read started later must win, even when its bulk request
 * reaches Elasticsearch first (a lost write otherwise: the index keeps the older state until the next change).
 */
@QuarkusTest
class IndexOrderTest {
    @Inject
    SearchIndex index;
    @Inject
    IndexNames names;
    @Inject
    ObjectMapper json;
    @Inject
    RestClient rest;

    @Test
    void an_older_read_arriving_last_neither_overwrites_nor_deletes_a_newer_document() throws IOException {
        int id = Listings.published("enterprise", "NEED", Listings.aNeed("写入顺序 当前标题"));
        Listings.awaitIndexed();
        String alias = names.alias(ListingKind.NEED);
        JsonNode stored = get(alias, id);
        long current = stored.path("_version").asLong();
        assertThat(current).as("documents carry the database clock of their read").isGreaterThan(1_000_000_000_000_000L);

        long newer = current + 2_000_000, older = current + 1_000_000;
        assertThat(index.bulk(alias, List.of(titled(stored, "写入顺序 新的读取")), List.of(), newer)).isEmpty();
        assertThat(index.bulk(alias, List.of(titled(stored, "写入顺序 旧的读取")), List.of(), older))
                .as("a stale write is not a refusal to retry").isEmpty();
        assertThat(get(alias, id).path("_source").path("title").asText()).isEqualTo("写入顺序 新的读取");

        assertThat(index.bulk(alias, List.of(), List.of((long) id), older)).isEmpty();
        assertThat(get(alias, id).path("found").asBoolean()).as("a stale delete leaves the newer document").isTrue();

        // the newest read saw the listing withdrawn: it goes, and the listing is withdrawn in PostgreSQL to match
        Listings.act("enterprise", id, "WITHDRAW", null);
        assertThat(index.bulk(alias, List.of(), List.of((long) id), newer + 1_000_000)).isEmpty();
        Listings.awaitIndexed();
        assertThat(get(alias, id).path("found").asBoolean()).isFalse();
    }

    private ListingDocument titled(JsonNode stored, String title) throws IOException {
        ObjectNode source = stored.path("_source").deepCopy();
        source.put("title", title);
        return json.treeToValue(source, ListingDocument.class);
    }

    private JsonNode get(String alias, int id) throws IOException {
        try (InputStream in = rest.performRequest(new Request("GET", "/" + alias + "/_doc/" + id)).getEntity().getContent()) {
            return json.readTree(in);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return json.createObjectNode().put("found", false);
            }
            throw e;
        }
    }
}
