package cn.techmarket.bench;

import cn.techmarket.demo.Subject;
import cn.techmarket.demo.Vocabulary;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.search.SearchQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Distinct search queries drawn from the real texts in the corpus, in the shares people type them: short words
 * (one or two words of a real title), long phrases (8–30 characters of a real text, cut at word boundaries), whole
 * titles, words with facets, facets alone, deep pages (page 10–50) and queries that find nothing.
 */
final class BenchQueries {
    private final Random random;
    private final List<RealTexts.Text> texts;
    private final List<List<String>> tokens;
    private final List<Integer> inCorpus;
    private final List<String> industries;
    private final List<String> regions;

    /** {@code tokens}: the real texts' smartcn words, title then body of each; {@code inCorpus}: the real texts loaded. */
    BenchQueries(List<RealTexts.Text> texts, List<List<String>> tokens, List<Integer> inCorpus, long seed) {
        this.random = new Random(seed);
        this.texts = texts;
        this.tokens = tokens;
        this.inCorpus = inCorpus;
        Vocabulary v = Vocabulary.load();
        industries = v.subjects().stream().map(Subject::industryCode).distinct().sorted().toList();
        regions = v.regions();
    }

    /** {@code count} distinct queries, each with its kind (for the report). */
    Map<String, SearchQuery> build(int count) {
        Map<String, SearchQuery> queries = new LinkedHashMap<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (int attempt = 0; queries.size() < count && attempt < count * 50; attempt++) {
            int dice = random.nextInt(100);
            SearchQuery q = new SearchQuery();
            String kind;
            if (dice < 30) {
                kind = "short words";
                q.q = words(1 + random.nextInt(2));
            } else if (dice < 48) {
                kind = "long phrase";
                q.q = phrase();
            } else if (dice < 63) {
                kind = "whole title";
                String title = texts.get(pick(inCorpus)).title();
                q.q = title.length() > 100 ? title.substring(0, 100) : title;
            } else if (dice < 78) {
                kind = "words with facets";
                q.q = words(1);
                facets(q);
            } else if (dice < 85) {
                kind = "facets only";
                facets(q);
                q.sort = random.nextBoolean() ? "newest" : "price_asc";
            } else if (dice < 95) {
                kind = "deep page";
                q.q = words(1);
                q.page = 10 + random.nextInt(41);
            } else {
                kind = "zero hits";
                q.q = nonsense();
            }
            if (q.q != null && q.q.isBlank()) {
                continue;
            }
            String key = SearchBenchmark.parameters(q);
            if (!key.isEmpty() && queries.putIfAbsent(key, q) == null) {
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        this.kinds = kinds;
        return queries;
    }

    private Map<String, Integer> kinds = Map.of();

    /** How many queries of each kind the last {@link #build} made. */
    Map<String, Integer> kinds() {
        return kinds;
    }

    private String words(int n) {
        List<String> title = tokens.get(2 * pick(inCorpus));
        List<String> words = title.stream().filter(w -> w.length() >= 2 && w.codePoints().allMatch(Character::isLetterOrDigit)).toList();
        if (words.isEmpty()) {
            return "";
        }
        int from = random.nextInt(words.size());
        return String.join(" ", words.subList(from, Math.min(words.size(), from + n)));
    }

    private String phrase() {
        List<String> body = tokens.get(2 * pick(inCorpus) + 1);
        if (body.isEmpty()) {
            return "";
        }
        int target = 8 + random.nextInt(23);
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(body.size()); i < body.size() && b.length() < target; i++) {
            String w = body.get(i);
            if (!w.codePoints().allMatch(Character::isLetterOrDigit)) {
                if (b.length() >= 8) {
                    break;
                }
                b.setLength(0); // a phrase does not run across punctuation
                continue;
            }
            b.append(w);
        }
        return b.length() > 100 ? b.substring(0, 100) : b.toString();
    }

    private String nonsense() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private void facets(SearchQuery q) {
        int d = random.nextInt(4);
        if (d == 0 || d == 3) {
            q.type = random.nextBoolean() ? ListingKind.NEED : ListingKind.RESULT;
        }
        if (d == 1 || d == 3) {
            q.industry = pick(industries);
        }
        if (d == 2) {
            q.region = pick(regions);
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
