package cn.techmarket.search;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

import static cn.techmarket.search.ListingFields.*;

/**
 * Retrieval for matching: published listings of a kind that resemble a text by words (a BM25 multi_match of the
 * text's smartcn words over the smartcn fields) or by meaning (kNN on the sentence embedding). Ranking and explanations
 * belong to the matching feature; this class only finds candidates.
 */
@ApplicationScoped
public class SimilarListings {
    private static final List<String> SOURCE = List.of(ID, KIND, TITLE, INDUSTRY, INDUSTRY_L1, REGION, REGION_CITY,
            REGION_PATH, REGION_GROUPS, STAGE, TRL, MODES, NEED_CLASS, RIGHTS_CONFIRMED, PRICE_NEGOTIABLE, PRICE_CENTS,
            PRICE_TEXT, OWNER_NAME, OWNER_ORG_ID, KEYWORDS, SUMMARY);
    /** Words of a text sent as one query (title first): 4 fields each stay far below the clause limit. */
    static final int MAX_QUERY_WORDS = 256;
    @Inject
    RawSearch raw;
    @Inject
    IndexNames names;
    @Inject
    ListingDocuments documents;
    @Inject
    ObjectMapper json;
    @Inject
    SharedWords sharedWords;

    /** One retrieved listing: its rank (1 = best) and score in this retrieval, and its indexed fields. */
    public record Candidate(long id, int rank, double score, ListingDocument fields) {
    }

    /** The listing as the index describes it (industry level, region path and groups, price in cents …). */
    public ListingDocument describe(Listing listing) {
        return documents.of(listing, documents.lookups(List.of(listing)));
    }

    /** What a listing is matched by: title, keywords, summary and, for a need, its problem and indicators. */
    public static String textOf(Listing l) {
        StringBuilder text = new StringBuilder(l.title);
        for (String part : new String[] {l.keywords, l.summary, l.problem, l.targetIndicators, l.applicationFields, l.advantages}) {
            if (part != null && !part.isBlank()) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }

    /**
     * Listings sharing words with what is asked, and less with its context: {@code asked} (a need's title, problem,
     * targets and keywords) weighs six times {@code context} (the summary, where an organization describes itself).
     * Each is a BM25 {@code multi_match} of its words, the {@code ignored} (generic) words taken out. Chosen on the
     * real evaluation set's development split (docs/matching-evaluation.md): fused with the meaning retrieval, it
     * ranked at nDCG@10 0.407 where more_like_this ranked at 0.383; more_like_this kept only the 40 words it scored
     * highest, which dropped words of the problem. Repeated words stay repeated, as in a plain match query (the
     * title, given twice, weighs twice); de-duplicating them scored lower (0.388).
     */
    public List<Candidate> byWords(ListingKind kind, String asked, String context, java.util.Collection<String> ignored,
                                   long excludeId, int size) {
        ObjectNode body = json.createObjectNode().put("size", size);
        body.putObject("_source").set("includes", json.valueToTree(SOURCE));
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("should");
        List<List<SharedWords.Token>> words = sharedWords.tokens(List.of(asked, context == null ? "" : context));
        wordsMatch(should, words.get(0), ignored, 3.0);
        wordsMatch(should, words.get(1), ignored, 0.5);
        if (should.isEmpty()) {
            return List.of(); // nothing but generic words: no listing shares a meaningful one
        }
        bool.put("minimum_should_match", 1);
        bool.putArray("must_not").addObject().putObject("term").put(ID, excludeId);
        return run(kind, body);
    }

    private void wordsMatch(ArrayNode should, List<SharedWords.Token> tokens, java.util.Collection<String> ignored,
                            double boost) {
        // capped: a long problem statement must not exceed Elasticsearch's clause limit
        String words = tokens.stream().map(SharedWords.Token::text).filter(w -> !ignored.contains(w))
                .limit(MAX_QUERY_WORDS).collect(java.util.stream.Collectors.joining(" "));
        if (words.isBlank()) {
            return;
        }
        should.addObject().putObject("multi_match").put("query", words).put("boost", boost)
                .putArray("fields").add(TITLE).add(KEYWORDS).add(SUMMARY).add(BODY);
    }

    public List<Candidate> byMeaning(ListingKind kind, float[] vector, long excludeId, int size) {
        ObjectNode body = json.createObjectNode().put("size", size);
        body.putObject("_source").set("includes", json.valueToTree(SOURCE));
        ObjectNode knn = body.putObject("knn");
        knn.put("field", EMBEDDING).put("k", size).put("num_candidates", Math.max(100, size * 4));
        ArrayNode query = knn.putArray("query_vector");
        for (float v : vector) {
            query.add(v);
        }
        knn.putObject("filter").putObject("bool").putArray("must_not").addObject().putObject("term").put(ID, excludeId);
        return run(kind, body);
    }

    private List<Candidate> run(ListingKind kind, ObjectNode body) {
        JsonNode response = SearchCalls.translated(() -> raw.search(List.of(names.alias(kind)), body.toString()));
        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (JsonNode hit : response.path("hits").path("hits")) {
            ListingDocument fields = ListingDocuments.read(hit.path("_source"));
            candidates.add(new Candidate(fields.id(), ++rank, hit.path("_score").asDouble(0), fields));
        }
        return candidates;
    }
}
