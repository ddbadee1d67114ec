package cn.techmarket.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Compares, listing by listing, what search holds with what PostgreSQL says: a published listing has a document with
 * its current title and expiry date; a listing in any other state (withdrawn, back to draft) has none.
 */
public final class IndexedListings {
    private IndexedListings() {
    }

    /** Every way the aliases (what the site searches) differ from PostgreSQL for these listings; empty when none. */
    public static List<String> mismatches(Collection<Integer> ids) {
        String prefix = ConfigProvider.getConfig().getValue("techmarket.search.index-prefix", String.class);
        return mismatches(ids, kind -> prefix + "-" + kind.toLowerCase());
    }

    /** The same against one index (a rebuild's new index, before its alias points at it). */
    public static List<String> mismatches(Collection<Integer> ids, String index) {
        return mismatches(ids, kind -> index);
    }

    private static List<String> mismatches(Collection<Integer> ids, UnaryOperator<String> indexOfKind) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select id, kind, status, title, expires_at from listing where id in (?1)")
                .setParameter(1, ids.stream().map(Integer::longValue).toList()).getResultList());
        List<String> wrong = new ArrayList<>();
        if (rows.size() != ids.size()) {
            wrong.add(ids.size() - rows.size() + " ids are not in PostgreSQL");
        }
        Map<String, List<Object[]>> byIndex = new HashMap<>();
        rows.forEach(r -> byIndex.computeIfAbsent(indexOfKind.apply((String) r[1]), i -> new ArrayList<>()).add(r));
        byIndex.forEach((index, listings) -> {
            Map<String, JsonNode> documents = documents(index, listings.stream().map(r -> r[0].toString()).toList());
            for (Object[] r : listings) {
                JsonNode doc = documents.get(r[0].toString());
                String expires = r[4] instanceof java.sql.Date d ? d.toLocalDate().toString() : String.valueOf(r[4]);
                if (!"PUBLISHED".equals(r[2])) {
                    if (doc != null) {
                        wrong.add(r[0] + " is " + r[2] + " but still in " + index);
                    }
                } else if (doc == null) {
                    wrong.add(r[0] + " is published but missing from " + index);
                } else if (!r[3].equals(doc.path("title").asText()) || !expires.equals(doc.path("expires_at").asText())) {
                    wrong.add(r[0] + " is '" + r[3] + "' until " + expires + " but " + index + " has '"
                            + doc.path("title").asText() + "' until " + doc.path("expires_at").asText());
                }
            }
        });
        return wrong;
    }

    /** The documents by id, read with the low-level client (real-time: no refresh needed). */
    private static Map<String, JsonNode> documents(String index, List<String> ids) {
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        Request request = new Request("POST", "/" + index + "/_mget");
        try {
            request.setJsonEntity(json.writeValueAsString(Map.of("ids", ids)));
            Map<String, JsonNode> found = new HashMap<>();
            try (InputStream in = Arc.container().instance(RestClient.class).get().performRequest(request).getEntity()
                    .getContent()) {
                for (JsonNode doc : json.readTree(in).path("docs")) {
                    if (doc.path("found").asBoolean()) {
                        found.put(doc.path("_id").asText(), doc.path("_source"));
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
