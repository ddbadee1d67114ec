package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.CountResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.StringReader;

/**
 * Whether a stored search matches one listing: the very query of the results page (words and filters, built by
 * {@link ListingSearch#body}), restricted to that listing's id, counted. No percolator or scripts needed, and a saved
 * search can never disagree with what the same URL shows.
 */
@ApplicationScoped
public class StoredQueries {
    @Inject
    ElasticsearchClient client;
    @Inject
    ListingSearch search;
    @Inject
    IndexNames names;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    /** True while a change of the listing still waits in the search outbox (the index does not show it yet). */
    public boolean awaitingIndex(long listingId) {
        return ((Number) em.createNativeQuery("select count(*) from search_outbox where listing_id = ?1")
                .setParameter(1, listingId).getSingleResult()).longValue() > 0;
    }

    /** Makes what was indexed so far searchable now (cheap when nothing changed). */
    public void refresh(ListingKind kind) throws IOException {
        client.indices().refresh(r -> r.index(names.alias(kind)));
    }

    public boolean matches(SearchQuery query, long listingId) throws IOException {
        JsonNode full;
        try {
            full = json.readTree(search.body(query));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode bool = (ObjectNode) full.path("query").path("bool");
        ArrayNode filter = bool.has("filter") ? (ArrayNode) bool.get("filter") : bool.putArray("filter");
        filter.addObject().putObject("ids").putArray("values").add(String.valueOf(listingId));
        ObjectNode body = json.createObjectNode();
        body.set("query", full.get("query"));
        CountResponse response = client.count(c -> c.withJson(new StringReader(body.toString()))
                .index(search.indices(query)));
        return response.count() > 0;
    }
}
