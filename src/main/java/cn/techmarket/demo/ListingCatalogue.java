package cn.techmarket.demo;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.NeedClass;
import cn.techmarket.listing.PricingMethod;
import cn.techmarket.listing.RightsStatus;
import cn.techmarket.listing.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic generator of demo needs (posted by enterprises) and results (listed by universities and
 * institutes) over the technical subjects of {@link Vocabulary}: the same seed gives the same listings, so a test
 * or an evaluation can regenerate what was loaded and knows each listing's subject. Dates are relative to a fixed
 * day given by the caller, so they stay valid whenever the catalogue is loaded.
 */
public final class ListingCatalogue {
    private static final List<Mode> NEED_MODES = List.of(Mode.JOINT_DEV, Mode.COMMISSIONED_DEV, Mode.TRANSFER,
            Mode.LICENSE, Mode.CONSULTING, Mode.SERVICE);
    private static final List<Mode> RESULT_MODES = List.of(Mode.TRANSFER, Mode.LICENSE, Mode.EQUITY, Mode.JOINT_DEV,
            Mode.SERVICE, Mode.COMMISSIONED_DEV);
    private final Vocabulary vocabulary;
    private final Random random;
    private final LocalDate today;
    private final CatalogueTexts texts;

    public ListingCatalogue(Vocabulary vocabulary, long seed, LocalDate today) {
        this.vocabulary = vocabulary;
        this.random = new Random(seed);
        this.today = today;
        this.texts = new CatalogueTexts(random);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** {@code count} listings, needs and results interleaved (about 45 % needs), subjects in turn at random. */
    public List<DemoListing> mixed(int count) {
        List<DemoListing> listings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            listings.add(random.nextInt(100) < 45 ? need(anySubject()) : result(anySubject()));
        }
        return listings;
    }

    public List<DemoListing> needs(int count) {
        List<DemoListing> needs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            needs.add(need(anySubject()));
        }
        return needs;
    }

    public List<DemoListing> results(int count) {
        List<DemoListing> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(result(anySubject()));
        }
        return results;
    }

    private Subject anySubject() {
        return pick(vocabulary.subjects());
    }

    public DemoListing need(Subject s) {
        String owner = pick(owners(vocabulary.needOwners(), s));
        Stage stage = pick(List.of(Stage.values()));
        Set<Mode> modes = modes(NEED_MODES);
        BigDecimal[] budget = random.nextInt(100) < 15 ? null : budget();
        List<Subject.Metric> metrics = texts.someOf(s.metrics(), 1 + random.nextInt(2));
        List<CatalogueTexts.Indicator> targets = metrics.stream().map(texts::needed).toList();
        ListingForm form = new ListingForm(texts.needTitle(s, targets.get(0)), texts.needSummary(s, targets, modes),
                texts.needDetails(s, targets, budget), texts.keywords(s), s.industryCode(), region(owner), stage,
                trl(stage), modes, budget == null, budget == null ? null : budget[0], budget == null ? null : budget[1],
                texts.problem(s), texts.targetIndicators(targets),
                random.nextInt(100) < 60 ? NeedClass.BOTTLENECK : NeedClass.STRENGTH, null, null, null, null, null,
                null, String.join("；", s.applications()), null, texts.person() + pick(List.of("工", "经理", "主任")),
                phone(owner), email(), List.of(), expires(), null);
        return new DemoListing(ListingKind.NEED, s, owner, form, published());
    }

    public DemoListing result(Subject s) {
        String owner = pick(owners(vocabulary.resultOwners(), s));
        Stage stage = pick(List.of(Stage.PILOT, Stage.MATURATION, Stage.ENGINEERING, Stage.INDUSTRIAL, Stage.LAB));
        Set<Mode> modes = modes(RESULT_MODES);
        BigDecimal[] price = random.nextInt(100) < 20 ? null : askingPrice();
        List<CatalogueTexts.Indicator> achieved = texts.someOf(s.metrics(), 1 + random.nextInt(s.metrics().size()))
                .stream().map(texts::achieved).toList();
        String approach = pick(s.approaches());
        ListingForm form = new ListingForm(texts.resultTitle(s, approach), texts.resultSummary(s, approach, achieved, stage),
                texts.resultDetails(s, approach, achieved), texts.keywords(s), s.industryCode(), region(owner), stage,
                trl(stage), modes, price == null, price == null ? null : price[0], price == null ? null : price[1],
                null, null, null, texts.team(s), texts.inventors(3 + random.nextInt(3)), rights(),
                random.nextInt(100) < 85, texts.maturity(s, stage),
                pick(List.of(PricingMethod.AGREEMENT, PricingMethod.AGREEMENT, PricingMethod.AGREEMENT, PricingMethod.LISTING,
                        PricingMethod.AUCTION)),
                String.join("；", s.applications()), texts.advantages(s, achieved), texts.person() + "老师", phone(owner),
                email(), ipItems(s), expires(), null);
        return new DemoListing(ListingKind.RESULT, s, owner, form, published());
    }

    private List<String> owners(java.util.Map<String, List<String>> byIndustry, Subject s) {
        List<String> owners = byIndustry.get(s.industryL1());
        return owners != null ? owners : byIndustry.values().iterator().next();
    }

    /** Mostly where the owner is registered (chars 3–8 of a credit code are its GB/T 2260 region), else a named place. */
    private String region(String ownerCreditCode) {
        return random.nextInt(100) < 70 ? ownerCreditCode.substring(2, 8) : pick(vocabulary.regions());
    }

    private int trl(Stage stage) {
        return stage.minTrl + random.nextInt(stage.maxTrl - stage.minTrl + 1);
    }

    private Set<Mode> modes(List<Mode> choices) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        int n = 1 + random.nextInt(3);
        while (modes.size() < n) {
            modes.add(choices.get(random.nextInt(random.nextInt(100) < 70 ? 3 : choices.size())));
        }
        return modes;
    }

    /** A budget range in yuan: 从 5 万 to a few million, rounded to 万. */
    private BigDecimal[] budget() {
        long min = (5 + random.nextInt(300)) * 10_000L;
        long max = min * (15 + random.nextInt(30)) / 10 / 10_000 * 10_000;
        return new BigDecimal[] {yuan(min), yuan(max)};
    }

    private BigDecimal[] askingPrice() {
        long price = (10 + random.nextInt(990)) * 10_000L;
        return random.nextInt(100) < 75 ? new BigDecimal[] {yuan(price), null}
                : new BigDecimal[] {yuan(price), yuan(price * 2)};
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    private RightsStatus rights() {
        int r = random.nextInt(100);
        return r < 55 ? RightsStatus.OWNED : r < 75 ? RightsStatus.LONG_TERM_USE : r < 90 ? RightsStatus.JOINT : RightsStatus.LICENSED;
    }

    private List<IpItem> ipItems(Subject s) {
        List<IpItem> items = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            IpItem item = new IpItem();
            int year = 2016 + random.nextInt(9);
            int kind = random.nextInt(100);
            if (s.industryL1().equals("DIGITAL") && kind < 50) {
                item.type = IpItem.Type.SOFTWARE_COPYRIGHT;
                item.number = year + "SR" + String.format("%07d", random.nextInt(2_000_000));
                item.status = IpItem.Status.GRANTED;
            } else if (s.industryCode().equals("AGRI.SEED") && kind < 50) {
                item.type = IpItem.Type.PLANT_VARIETY;
                item.number = "CNA" + year + String.format("%05d", random.nextInt(100_000)) + "." + random.nextInt(10);
                item.status = IpItem.Status.GRANTED;
            } else if (kind < 8) {
                item.type = IpItem.Type.TRADE_SECRET;
                item.status = IpItem.Status.OTHER;
            } else {
                boolean invention = kind < 75;
                item.type = invention ? IpItem.Type.INVENTION_PATENT : IpItem.Type.UTILITY_MODEL;
                item.status = invention && random.nextInt(100) < 35 ? IpItem.Status.APPLIED : IpItem.Status.GRANTED;
                item.number = (item.status == IpItem.Status.GRANTED ? "ZL" : "")
                        + patentNumber(year, invention ? 1 : 2, random.nextInt(10_000_000));
            }
            item.title = texts.ipTitle(s, item.type);
            items.add(item);
        }
        return items;
    }

    /** A Chinese application number (year, type digit, 7-digit serial) with its mod-11 check character. */
    static String patentNumber(int year, int type, int serial) {
        String digits = String.format("%04d%d%07d", year, type, serial);
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = sum % 11;
        return digits + "." + (check == 10 ? "X" : String.valueOf(check));
    }

    private String phone(String ownerCreditCode) {
        String city = ownerCreditCode.substring(2, 6);
        String area = switch (city) {
            case "5106" -> "0838";
            case "5117" -> "0818";
            case "5103" -> "0813";
            default -> "028";
        };
        return area + "-" + (area.equals("028") ? 8 : 2) + String.format("%07d", random.nextInt(10_000_000)).substring(area.equals("028") ? 0 : 1);
    }

    private String email() {
        return "contact" + random.nextInt(100_000) + "@demo.techmarket.local";
    }

    private LocalDate expires() {
        return today.plusDays(60 + random.nextInt(600));
    }

    private OffsetDateTime published() {
        return today.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).minusMinutes(random.nextInt(360 * 24 * 60));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
