package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.search.SharedWords;
import cn.techmarket.search.SimilarListings;
import cn.techmarket.search.SimilarListings.Candidate;
import cn.techmarket.search.ListingDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ranks listings of the other kind for a listing: needs get results, results get needs. Word and meaning
 * retrievals are fused by reciprocal rank in the application (Elasticsearch's own RRF is a paid feature), then
 * blended with the structured fit, so a result that cannot serve the need sinks even when its text is close.
 * The word query is what the listing asks (or offers), above its context, without generic words; near-duplicates
 * are shown once; a blocking mismatch sinks a match and says so.
 */
@ApplicationScoped
public class Matcher {
    /** How many of the best text candidates tell which subject (level-1 industry) a listing is about. */
    static final int SUBJECT_SAMPLE = 5;
    @Inject
    SimilarListings similar;
    @Inject
    SharedWords sharedWords;
    @Inject
    StructuredFit structuredFit;
    @Inject
    MatchingConfig config;
    @Inject
    ListingVectors vectors;
    @Inject
    Embedder embedder;

    public List<Match> match(Listing source, MatchMethod method, int size) {
        ListingKind target = source.kind == ListingKind.NEED ? ListingKind.RESULT : ListingKind.NEED;
        int pool = config.pool();
        List<Candidate> words = method == MatchMethod.SEMANTIC ? List.of()
                : similar.byWords(target, asked(source), context(source), StopWords.ALL, source.id, pool);
        List<Candidate> meaning = method == MatchMethod.LEXICAL ? List.of()
                : similar.byMeaning(target, vectors.ofOrEmbed(source, embedder), source.id, pool);
        ListingDocument self = similar.describe(source);

        Map<Long, Candidate> byWords = index(words), byMeaning = index(meaning);
        Map<Long, ListingDocument> fields = new LinkedHashMap<>();
        words.forEach(c -> fields.put(c.id(), c.fields()));
        meaning.forEach(c -> fields.putIfAbsent(c.id(), c.fields()));
        Map<Long, Double> fusedScores = new HashMap<>();
        fields.keySet().forEach(id -> fusedScores.put(id, fused(byWords.get(id), byMeaning.get(id))));
        Map<String, Double> subjects = subjects(fields, fusedScores);

        List<Long> ids = new ArrayList<>(fields.keySet());
        List<Set<String>> candidateTerms = terms(ids.stream().map(id -> textOf(fields.get(id))).toList());
        Set<String> sourceTerms = terms(List.of(SimilarListings.textOf(source))).get(0);

        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Candidate w = byWords.get(id), m = byMeaning.get(id);
            ListingDocument other = fields.get(id);
            List<FitFactor> factors = structuredFit.factors(self, other, subjects, source.kind == ListingKind.NEED);
            double fit = StructuredFit.fit(factors);
            boolean blocked = factors.stream().anyMatch(FitFactor::blocking);
            double score = switch (method) {
                case LEXICAL -> w == null ? 0 : 1.0 / (config.rrfK() + w.rank());
                case SEMANTIC -> m == null ? 0 : 1.0 / (config.rrfK() + m.rank());
                case HYBRID -> fusedScores.get(id);
                case FULL -> (config.textWeight() * fusedScores.get(id) + config.fitWeight() * fit)
                        * (blocked ? config.blockedFactor() : 1.0);
            };
            Set<String> theirs = candidateTerms.get(i);
            List<String> shared = sourceTerms.stream().filter(theirs::contains).limit(12).toList();
            scored.add(new Scored(new Match(id, other.kind() == null ? "" : other.kind().name(),
                    other.title() == null ? "" : other.title(), other.ownerName(),
                    other.priceText() == null ? "" : other.priceText(), round(score),
                    w == null ? null : w.rank(), m == null ? null : m.rank(), round(fit), factors, shared, blocked), other));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.match().score()).reversed()
                .thenComparingLong(s -> s.match().id()));
        return NearDuplicates.collapse(scored, size);
    }

    /** A match with the indexed fields it was made from (for spotting near-duplicates). */
    record Scored(Match match, ListingDocument fields) {
    }

    /** What a need asks (title, problem, targets, keywords), or what a result offers (title, keywords, advantages). */
    static String asked(Listing l) {
        return join(l.kind == ListingKind.NEED ? Stream.of(l.title, l.title, l.keywords, l.problem, l.targetIndicators)
                : Stream.of(l.title, l.title, l.keywords, l.advantages));
    }

    /** The rest: the summary, where organizations describe themselves, and where the listing applies. */
    static String context(Listing l) {
        return join(l.kind == ListingKind.NEED ? Stream.of(l.summary, l.applicationFields)
                : Stream.of(l.summary, l.applicationFields, l.maturityEvidence));
    }

    private static String join(Stream<String> parts) {
        return parts.filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String textOf(ListingDocument fields) {
        List<String> parts = new ArrayList<>();
        parts.add(fields.title() == null ? "" : fields.title());
        parts.addAll(fields.keywordsOrEmpty());
        parts.add(fields.summary() == null ? "" : fields.summary());
        return String.join("\n", parts);
    }

    private List<Set<String>> terms(List<String> texts) {
        List<List<SharedWords.Token>> tokens = sharedWords.tokens(texts);
        List<Set<String>> terms = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            terms.add(Terms.of(texts.get(i), tokens.get(i)));
        }
        return terms;
    }

    /**
     * The level-1 industries of the best candidates by text, each with its share (1/rank weights, so the first few
     * decide): what the listing is about, whatever industry its owner filed it under.
     */
    static Map<String, Double> subjects(Map<Long, ListingDocument> fields, Map<Long, Double> fused) {
        Map<String, Double> subjects = new HashMap<>();
        List<Long> best = fused.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(SUBJECT_SAMPLE).map(Map.Entry::getKey).toList();
        double total = 0;
        for (int rank = 1; rank <= best.size(); rank++) {
            String industry = fields.get(best.get(rank - 1)).industryL1();
            if (industry != null && !industry.isEmpty()) {
                subjects.merge(industry, 1.0 / rank, Double::sum);
                total += 1.0 / rank;
            }
        }
        double sum = total;
        subjects.replaceAll((k, v) -> v / sum);
        return subjects;
    }

    /** Reciprocal-rank fusion scaled to 0–1 (1 = first in both rankings). */
    double fused(Candidate words, Candidate meaning) {
        int k = config.rrfK();
        double best = 2.0 / (k + 1);
        double sum = (words == null ? 0 : 1.0 / (k + words.rank())) + (meaning == null ? 0 : 1.0 / (k + meaning.rank()));
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
