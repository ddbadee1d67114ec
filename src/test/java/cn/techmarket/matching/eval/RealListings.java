package cn.techmarket.matching.eval;

import cn.techmarket.demo.DemoListing;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The real public listings of src/test/resources/eval/real (SOURCES.md) as listings: 技术需求 of Zhibei as needs,
 * its 科技成果 and the CSL paper abstracts as candidate results. Only what a source carries is mapped
 * (docs/matching-evaluation.md, "Field mapping"); the schema's required industry and region get one placeholder for
 * every listing, which the evaluation weighs zero ({@link RealSetProfile}), so they stay unknown to the fit.
 * Exact duplicates (same title and text) are kept once, the first in file order; a need whose text adds fewer than
 * {@value #INFORMATIVE_CHARACTERS} Chinese characters to its title is left out (nothing to grade it by).
 */
final class RealListings {
    static final String FOLDER = "eval/real/";
    static final String NEEDS = "zhibei-needs.json.gz";
    static final String RESULTS = "zhibei-results.json.gz";
    static final String PAPERS = "csl-ts-abstracts.tsv.gz";
    static final int INFORMATIVE_CHARACTERS = 20;
    /** The schema requires them; nothing in the sources says them. Weighed zero by {@link RealSetProfile}. */
    static final String PLACEHOLDER_INDUSTRY = "SERVICE";
    static final String PLACEHOLDER_REGION = "510000";
    /** The owner of every real listing (a demo organization; owners play no part in ranking but near-duplicates). */
    static final String OWNER = "125101079616312829";
    /** Listings must not have expired to be matched; the sources' own validity (2020–2021) has long passed. */
    static final LocalDate EXPIRES = LocalDate.of(2099, 12, 31);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One real listing: {@code key} names its source file and its 0-based place there ("zhibei-needs#17");
     * {@code classification} is the source's own (the needs' GB/T 4754 section), {@code maturity} and
     * {@code modes} the source's own words, for graders.
     */
    record RealListing(String key, ListingKind kind, String title, String text, String classification,
                       String maturity, String modes, ListingForm form, OffsetDateTime publishedAt) {
        DemoListing toDemo() {
            return new DemoListing(kind, null, OWNER, form, publishedAt);
        }
    }

    private RealListings() {
    }

    /** Every distinct, informative need, in file order. */
    static List<RealListing> needs() {
        List<RealListing> needs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode all = json(NEEDS);
        for (int i = 0; i < all.size(); i++) {
            JsonNode n = all.get(i);
            String title = n.path("name").asText().strip(), text = n.path("context").asText().strip();
            if (!seen.add(title + "\n" + text) || hanCount(text.replace(title, "")) < INFORMATIVE_CHARACTERS) {
                continue;
            }
            String modes = n.path("cooperationMethod").asText();
            ListingForm form = form(title, text, needModes(modes), null, false, null, null, true);
            needs.add(new RealListing(key(NEEDS, i), ListingKind.NEED, title, text, n.path("classification").asText(),
                    null, modes, form, published(n.path("postTime").asText())));
        }
        return needs;
    }

    /** Every distinct result and paper abstract: the candidates. */
    static List<RealListing> candidates() {
        List<RealListing> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode all = json(RESULTS);
        for (int i = 0; i < all.size(); i++) {
            JsonNode r = all.get(i);
            String title = r.path("name").asText().strip(), text = r.path("context").asText().strip();
            if (!seen.add(title + "\n" + text)) {
                continue;
            }
            String modes = r.path("cooperationMethod").asText(), maturity = r.path("maturity").asText();
            BigDecimal[] price = price(r.path("price").asText());
            ListingForm form = form(title, text, resultModes(modes), stage(maturity), "面议".equals(r.path("price").asText()),
                    price == null ? null : price[0], price == null ? null : price[1], false);
            candidates.add(new RealListing(key(RESULTS, i), ListingKind.RESULT, title, text,
                    r.path("classification").asText(), maturity, modes, form, published(r.path("postTime").asText())));
        }
        List<String> lines = lines(PAPERS);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            String title = f[1].strip(), text = f[2].strip();
            if (text.isEmpty() || !seen.add(title + "\n" + text)) {
                continue;
            }
            ListingForm form = form(title, text, Set.of(), null, false, null, null, false);
            candidates.add(new RealListing(key(PAPERS, i - 1), ListingKind.RESULT, title, text, "", "", "", form,
                    OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8))));
        }
        return candidates;
    }

    static String key(String file, int index) {
        return file.substring(0, file.indexOf('.')) + "#" + index;
    }

    /**
     * The text is the summary (what the embedding reads) of both kinds and, for a need, also its problem (what word
     * matching asks): the source has one text where the form has two fields for it. A result published with a title
     * only (140 of them) has its title as summary, which the schema requires.
     */
    private static ListingForm form(String title, String text, Set<Mode> modes, Stage stage, boolean negotiable,
                                    BigDecimal priceMin, BigDecimal priceMax, boolean need) {
        String summary = text.isEmpty() ? title : text.length() > 2000 ? text.substring(0, 2000) : text;
        return new ListingForm(title.length() > 120 ? title.substring(0, 120) : title, summary, null, null,
                PLACEHOLDER_INDUSTRY, PLACEHOLDER_REGION, stage, null, modes, negotiable, priceMin, priceMax,
                need ? (text.length() > 4000 ? text.substring(0, 4000) : text) : null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of(), EXPIRES, null);
    }

    /** 技术转让, 技术许可, 委托开发, 技术入股 as named; 其他 says nothing. */
    static Set<Mode> needModes(String source) {
        return modes(source, Map.of("技术转让", Mode.TRANSFER, "技术许可", Mode.LICENSE, "委托开发", Mode.COMMISSIONED_DEV,
                "技术入股", Mode.EQUITY));
    }

    /** 完全转让 → transfer, 许可转让 → licence, 技术入股 → equity; 合作生产 (no such mode) and 其他 say nothing. */
    static Set<Mode> resultModes(String source) {
        return modes(source, Map.of("完全转让", Mode.TRANSFER, "许可转让", Mode.LICENSE, "技术入股", Mode.EQUITY));
    }

    /** The modes whose source name appears (results run the names together: 完全转让许可转让技术入股). */
    private static Set<Mode> modes(String source, Map<String, Mode> names) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        names.forEach((name, mode) -> {
            if (source.contains(name)) {
                modes.add(mode);
            }
        });
        return modes;
    }

    /** 小试 and 中试 are stages of our scale; 可以量产 (mass production possible) is 产业化; 正在研发 and 已有样品 say no stage. */
    static Stage stage(String maturity) {
        return switch (maturity) {
            case "通过小试" -> Stage.LAB;
            case "通过中试" -> Stage.PILOT;
            case "可以量产" -> Stage.INDUSTRIAL;
            default -> null;
        };
    }

    private static final Pattern RANGE = Pattern.compile("([0-9.]+)万元-([0-9.]+)万元");

    /** "100.0万元-200.0万元" in yuan; 面议 and anything else is no price. */
    static BigDecimal[] price(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        return new BigDecimal[] {new BigDecimal(m.group(1)).multiply(tenThousand).setScale(2),
                new BigDecimal(m.group(2)).multiply(tenThousand).setScale(2)};
    }

    static int hanCount(String text) {
        return (int) HAN.matcher(text).results().count();
    }

    private static OffsetDateTime published(String date) {
        return LocalDate.parse(date).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
    }

    private static JsonNode json(String file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    private static List<String> lines(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = RealListings.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing " + FOLDER + file);
        }
        return new GZIPInputStream(in);
    }

    /** Needs by the source's classification, in file order. */
    static Map<String, List<RealListing>> byClassification(List<RealListing> needs) {
        Map<String, List<RealListing>> strata = new LinkedHashMap<>();
        needs.forEach(n -> strata.computeIfAbsent(n.classification(), k -> new ArrayList<>()).add(n));
        return strata;
    }
}
