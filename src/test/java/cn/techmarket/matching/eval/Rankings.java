package cn.techmarket.matching.eval;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.matching.FitFactor;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.Matcher;
import cn.techmarket.matching.StructuredFit;
import cn.techmarket.search.IndexNames;
import cn.techmarket.search.ListingDocument;
import cn.techmarket.search.SimilarListings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranks results for a need by each evaluated method, against the real index and the real matcher. */
@ApplicationScoped
class Rankings {
    @Inject
    Matcher matcher;
    @Inject
    StructuredFit structuredFit;
    @Inject
    SimilarListings similar;
    @Inject
    RestClient rest;
    @Inject
    IndexNames names;
    @Inject
    ObjectMapper json;
    private volatile List<ListingDocument> allResults;

    /** The ids of the first {@code size} results for the need. */
    List<Long> rank(long needId, EvaluatedMethod method, int size) {
        return switch (method) {
            case BM25 -> bm25(needId, size);
            case FIT_ONLY -> fitOnly(needId, size);
            default -> matches(needId, method, size).stream().map(Match::id).toList();
        };
    }

    /** The matcher's own answer, with its ranks, fit and factors (for the ablations). */
    List<Match> matches(long needId, EvaluatedMethod method, int size) {
        return QuarkusTransaction.requiringNew().call(() -> matcher.match(Listing.findById(needId), method.matcher, size));
    }

    /** Elasticsearch's defaults: best_fields, BM25 similarity, the fields' own analyzers, no boosts, no structure. */
    private List<Long> bm25(long needId, int size) {
        String text = QuarkusTransaction.requiringNew().call(() -> {
            Listing need = Listing.findById(needId);
            return need.title + "\n" + need.problem;
        });
        ObjectNode body = json.createObjectNode().put("size", size);
        body.putArray("_source").add("id");
        body.putObject("query").putObject("multi_match").put("query", text).putArray("fields")
                .add("title").add("summary").add("body");
        List<Long> ids = new ArrayList<>();
        search(body).path("hits").path("hits").forEach(hit -> ids.add(hit.path("_source").path("id").asLong()));
        return ids;
    }

    /** Every result ordered by the structured fit with the need (no text: the industry factor has no subject). */
    private List<Long> fitOnly(long needId, int size) {
        ListingDocument self = QuarkusTransaction.requiringNew().call(() -> similar.describe(Listing.findById(needId)));
        record Fit(long id, double fit) {
        }
        List<Fit> fits = new ArrayList<>();
        for (ListingDocument other : allResults()) {
            List<FitFactor> factors = structuredFit.factors(self, other, Map.of(), true);
            fits.add(new Fit(other.id(), StructuredFit.fit(factors)));
        }
        return fits.stream().sorted(Comparator.comparingDouble(Fit::fit).reversed().thenComparingLong(Fit::id))
                .limit(size).map(Fit::id).toList();
    }

    private List<ListingDocument> allResults() {
        if (allResults == null) {
            ObjectNode body = json.createObjectNode().put("size", 10_000);
            body.putObject("query").putObject("match_all");
            body.putArray("_source").add("id").add("industry").add("industry_l1").add("region").add("region_city")
                    .add("region_groups").add("trl").add("modes").add("rights_confirmed").add("price_negotiable")
                    .add("price_cents").add("price_text");
            List<ListingDocument> docs = new ArrayList<>();
            for (JsonNode hit : search(body).path("hits").path("hits")) {
                try {
                    docs.add(json.treeToValue(hit.path("_source"), ListingDocument.class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            allResults = docs;
        }
        return allResults;
    }

    private JsonNode search(ObjectNode body) {
        Request request = new Request("POST", "/" + names.alias(ListingKind.RESULT) + "/_search");
        request.setJsonEntity(body.toString());
        try (InputStream in = rest.performRequest(request).getEntity().getContent()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
