package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.search.SharedWords;
import cn.techmarket.search.SimilarListings;
import cn.techmarket.search.SimilarListings.Candidate;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks listings of the other kind for a listing: needs get results, results get needs. Word and meaning
 * retrievals are fused by reciprocal rank in the application (Elasticsearch's own RRF is a paid feature), then
 * blended with the structured fit, so a result that cannot serve the need sinks even when its text is close.
 */
@ApplicationScoped
public class Matcher {
    /** The usual RRF constant: damps the difference between the very first places. */
    static final int RRF_K = 60;
    static final int POOL = 50;
    static final double TEXT_WEIGHT = 0.6;
    static final double FIT_WEIGHT = 0.4;
    @Inject
    SimilarListings similar;
    @Inject
    SharedWords sharedWords;

    public List<Match> match(Listing source, MatchMethod method, int size) {
        ListingKind target = source.kind == ListingKind.NEED ? ListingKind.RESULT : ListingKind.NEED;
        List<Candidate> words = method == MatchMethod.SEMANTIC ? List.of()
                : similar.byWords(target, SimilarListings.textOf(source), source.id, POOL);
        List<Candidate> meaning = method == MatchMethod.LEXICAL ? List.of()
                : similar.byMeaning(target, similar.vectorOf(source), source.id, POOL);
        JsonNode self = similar.describe(source);
        List<String> sourceWords = sharedWords.wordsOf(SimilarListings.textOf(source));

        Map<Long, Candidate> byWords = index(words), byMeaning = index(meaning);
        Map<Long, JsonNode> fields = new LinkedHashMap<>();
        words.forEach(c -> fields.put(c.id(), c.fields()));
        meaning.forEach(c -> fields.putIfAbsent(c.id(), c.fields()));

        List<Match> matches = new ArrayList<>();
        for (Map.Entry<Long, JsonNode> entry : fields.entrySet()) {
            Candidate w = byWords.get(entry.getKey()), m = byMeaning.get(entry.getKey());
            JsonNode other = entry.getValue();
            List<FitFactor> factors = source.kind == ListingKind.NEED ? StructuredFit.factors(self, other)
                    : StructuredFit.factors(other, self);
            double fit = StructuredFit.fit(factors);
            double fused = fused(w, m);
            double score = switch (method) {
                case LEXICAL -> w == null ? 0 : 1.0 / (RRF_K + w.rank());
                case SEMANTIC -> m == null ? 0 : 1.0 / (RRF_K + m.rank());
                case HYBRID -> fused;
                case FULL -> TEXT_WEIGHT * fused + FIT_WEIGHT * fit;
            };
            matches.add(new Match(entry.getKey(), other.path("kind").asText(), other.path("title").asText(),
                    other.path("owner_name").asText(null), other.path("price_text").asText(""), round(score),
                    w == null ? null : w.rank(), m == null ? null : m.rank(), round(fit), factors,
                    SharedWords.sharedWith(sourceWords, other.path("title").asText(), other.path("keywords").asText(),
                            other.path("summary").asText())));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id));
        return matches.size() > size ? List.copyOf(matches.subList(0, size)) : matches;
    }

    /** Reciprocal-rank fusion scaled to 0–1 (1 = first in both rankings). */
    static double fused(Candidate words, Candidate meaning) {
        double best = 2.0 / (RRF_K + 1);
        double sum = (words == null ? 0 : 1.0 / (RRF_K + words.rank())) + (meaning == null ? 0 : 1.0 / (RRF_K + meaning.rank()));
        return sum / best;
    }

    private static Map<Long, Candidate> index(List<Candidate> candidates) {
        Map<Long, Candidate> map = new LinkedHashMap<>();
        candidates.forEach(c -> map.put(c.id(), c));
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
