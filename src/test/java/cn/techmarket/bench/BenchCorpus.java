package cn.techmarket.bench;

import cn.techmarket.demo.DemoListing;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's listings: the demo catalogue's structure (kind, owner, industry, region, stage, modes, prices, IP
 * items) with real texts in place of the catalogue's template texts. The first listings of each kind carry the real
 * titles and texts themselves, each once; after them the {@link TextGenerator} writes new ones seeded by a real text
 * of the same kind. Keeps, in load order, which real text each listing came from (for its vector).
 */
final class BenchCorpus {
    private static final int TITLE_MAX = 120;
    private static final int SUMMARY_MAX = 2000;
    private final RealTexts real;
    private final List<RealTexts.Text> all;
    private final TextGenerator generator;
    private final Random random;
    private final int[] nextReal = new int[ListingKind.values().length];
    private final List<Integer> seeds = new ArrayList<>();
    private final BitSet generatedFlags = new BitSet();
    private final Set<String> titles = new HashSet<>();
    private final BitSet terms = new BitSet();

    /** {@code generator} learned the real texts in {@link RealTexts#all()} order, title then body of each. */
    BenchCorpus(RealTexts real, TextGenerator generator, long seed) {
        this.real = real;
        this.all = real.all();
        this.generator = generator;
        this.random = new Random(seed);
    }

    /** The same listings with real or generated texts. */
    List<DemoListing> rewrite(List<DemoListing> listings) {
        List<DemoListing> out = new ArrayList<>(listings.size());
        for (DemoListing d : listings) {
            List<RealTexts.Text> ofKind = real.of(d.kind());
            int offset = d.kind() == ListingKind.NEED ? 0 : real.needs().size();
            int k = d.kind().ordinal();
            String title;
            String body;
            int seed;
            if (nextReal[k] < ofKind.size()) {
                seed = offset + nextReal[k]++;
                title = all.get(seed).title();
                body = all.get(seed).body();
                generator.mark(2 * seed, terms);
                generator.mark(2 * seed + 1, terms);
            } else {
                seed = offset + random.nextInt(ofKind.size());
                int lengthOf = offset + random.nextInt(ofKind.size());
                title = generator.generate(2 * seed, 2 * lengthOf, random, terms);
                body = generator.generate(2 * seed + 1, 2 * lengthOf + 1, random, terms);
                generatedFlags.set(seeds.size());
            }
            title = cut(title, TITLE_MAX);
            titles.add(title);
            seeds.add(seed);
            out.add(new DemoListing(d.kind(), d.subject(), d.ownerCreditCode(), withText(d.form(), title, cut(body, SUMMARY_MAX)),
                    d.publishedAt()));
        }
        return out;
    }

    /** The real text (index in {@link RealTexts#all()}) the i-th listing came from. */
    int seedOf(int listing) {
        return seeds.get(listing);
    }

    boolean generated(int listing) {
        return generatedFlags.get(listing);
    }

    int size() {
        return seeds.size();
    }

    int generatedCount() {
        return generatedFlags.cardinality();
    }

    int distinctTitles() {
        return titles.size();
    }

    long termDictionary() {
        return generator.terms(terms);
    }

    /** A real text as a listing's summary carries it (the form's limit). */
    static String summary(String text) {
        return cut(text, SUMMARY_MAX);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * The form with this title and text as its summary, and no other free text (details, keywords, problem,
     * indicators, evidence, fields, advantages): the real listings have one text, and the catalogue's template
     * sentences would otherwise fill the index with words nobody wrote.
     */
    private static ListingForm withText(ListingForm f, String title, String summary) {
        return new ListingForm(title, summary, null, null, f.industryCode(), f.regionCode(), f.stage(), f.trl(), f.modes(),
                f.priceNegotiable(), f.priceMin(), f.priceMax(), null, null, f.needClass(), f.team(),
                f.inventors(), f.rightsStatus(), f.rightsConfirmed(), null, f.pricingMethod(),
                null, null, f.contactName(), f.contactPhone(), f.contactEmail(), f.ipItems(),
                f.expiresAt(), f.version());
    }
}
