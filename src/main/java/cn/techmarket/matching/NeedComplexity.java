package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.Stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How complex a technology need is, 0–100, as the sum of six explained factors (weights after the open-source
 * prototype cited in peers-and-rules.md §1.3): quantified indicators 22, pilot or mass-production requirements 20,
 * IP or compliance risk 18, commercial and supply-chain weight 16, length of the description 14, an unclear budget 10.
 * Below 32 a need is left to automatic matching; 32–54 a broker is suggested; from 55 a broker must take it
 * (NDA, sample lists, contract boundaries) before negotiation.
 */
public final class NeedComplexity {
    public static final int SUGGEST_BROKER = 32;
    public static final int BROKER_REQUIRED = 55;
    static final int INDICATORS = 22, PRODUCTION = 20, IP_RISK = 18, COMMERCIAL = 16, LENGTH = 14, BUDGET = 10;
    /** A number with a unit or a comparison: 95%, ≥ 24000 小时, 0.5 mm, 提升至 3 倍. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?\\s*(?:%|％|‰|倍|小时|h|分钟|秒|s|天|年|万次|次|mm|μm|um|nm|cm|m|km|kg|g|t|吨|MPa|GPa|kN|N|kW|MW|W|kV|V|A|℃|°C|dB|Hz|MHz|GHz|ppm|ppb|L|m3|m²|m2|元|万元|件|台|套))"
                    + "|(?:[≥≤><＞＜]\\s*\\d)", Pattern.CASE_INSENSITIVE);
    private static final List<String> PRODUCTION_WORDS = List.of("中试", "量产", "批量", "规模化", "产业化", "可靠性",
            "寿命", "良品率", "一致性", "工程化", "产线", "生产线");
    private static final List<String> IP_WORDS = List.of("专利", "知识产权", "侵权", "保密", "技术秘密", "合规", "认证",
            "许可", "独占", "排他", "出口管制", "标准");
    private static final List<String> COMMERCIAL_WORDS = List.of("供应链", "国产化", "替代", "市场", "客户", "成本",
            "交付", "产能", "采购");
    private static final BigDecimal LARGE_BUDGET = new BigDecimal("1000000");

    private NeedComplexity() {
    }

    /** One factor: the points it adds, its maximum, and the facts behind it (for the people who read the score). */
    public record Factor(String name, int points, int max, String reason) {
        public int percent() {
            return max == 0 ? 0 : Math.round(100f * points / max);
        }

        public String level() {
            return points * 10 >= max * 7 ? "poor" : points * 10 >= max * 4 ? "fair" : "good";
        }
    }

    public enum Routing { AUTO, BROKER_SUGGESTED, BROKER_REQUIRED }

    public record Score(int score, Routing routing, List<Factor> factors) {
        public boolean needsBroker() {
            return routing == Routing.BROKER_REQUIRED;
        }
    }

    /**
     * Who may see a need's complexity score: it is the platform's internal routing signal, so brokers, the operator
     * and the need's own organization see it; the public and other organizations do not.
     */
    public static boolean visibleTo(cn.techmarket.org.CurrentUser user, Listing need) {
        return user.isSignedIn() && (user.hasRole("broker") || user.isAdmin()
                || user.organizationIds().contains(need.ownerOrgId));
    }

    public static Score of(Listing need) {
        String text = String.join("\n", nz(need.title), nz(need.summary), nz(need.problem), nz(need.targetIndicators),
                nz(need.details), nz(need.keywords));
        List<Factor> factors = new ArrayList<>();
        factors.add(indicators(need.targetIndicators));
        factors.add(production(need.stage, text));
        factors.add(ipRisk(need, text));
        factors.add(commercial(need, text));
        factors.add(length(text));
        factors.add(budget(need));
        int score = Math.min(100, factors.stream().mapToInt(Factor::points).sum());
        Routing routing = score >= BROKER_REQUIRED ? Routing.BROKER_REQUIRED
                : score >= SUGGEST_BROKER ? Routing.BROKER_SUGGESTED : Routing.AUTO;
        return new Score(score, routing, List.copyOf(factors));
    }

    /** Each quantified target (a number with a unit or a bound) adds a third, up to three. */
    static Factor indicators(String targets) {
        int count = 0;
        if (targets != null) {
            Matcher m = QUANTITY.matcher(targets);
            while (m.find()) {
                count++;
            }
        }
        int points = Math.min(3, count) * INDICATORS / 3;
        return new Factor("indicators", points, INDICATORS, count + " quantified");
    }

    /** A pilot-or-later stage counts for half; words of scale-up and reliability for the rest. */
    static Factor production(Stage stage, String text) {
        int points = 0;
        List<String> found = words(text, PRODUCTION_WORDS);
        if (stage != null && stage != Stage.LAB) {
            points += PRODUCTION / 2;
        }
        points += Math.min(PRODUCTION / 2, found.size() * 4);
        return new Factor("production", points, PRODUCTION, (stage == null ? "" : stage.name() + " ") + String.join(",", found));
    }

    /** Transfer, licence or equity deals carry rights to settle; IP and compliance words add to it. */
    static Factor ipRisk(Listing need, String text) {
        int points = 0;
        if (need.modes != null && (need.modes.contains(Mode.TRANSFER) || need.modes.contains(Mode.LICENSE)
                || need.modes.contains(Mode.EQUITY))) {
            points += 8;
        }
        List<String> found = words(text, IP_WORDS);
        points += Math.min(IP_RISK - 8, found.size() * 5);
        return new Factor("ip", Math.min(IP_RISK, points), IP_RISK, String.join(",", found));
    }

    /** A budget of a million yuan or more, a bottleneck (卡脖子) need, supply-chain words. */
    static Factor commercial(Listing need, String text) {
        int points = 0;
        BigDecimal top = need.priceMax != null ? need.priceMax : need.priceMin;
        if (top != null && top.compareTo(LARGE_BUDGET) >= 0) {
            points += 6;
        }
        if (need.needClass != null && need.needClass.name().equals("BOTTLENECK")) {
            points += 4;
        }
        List<String> found = words(text, COMMERCIAL_WORDS);
        points += Math.min(6, found.size() * 3);
        return new Factor("commercial", Math.min(COMMERCIAL, points), COMMERCIAL,
                (top == null ? "" : top.toPlainString() + " ") + String.join(",", found));
    }

    /** Long descriptions describe involved problems: full points from 600 characters. */
    static Factor length(String text) {
        int chars = text.codePointCount(0, text.length());
        int points = Math.min(LENGTH, chars * LENGTH / 600);
        return new Factor("length", points, LENGTH, chars + " chars");
    }

    /** 面议 or no amount is unclear; a range whose top is more than three times its bottom is half unclear. */
    static Factor budget(Listing need) {
        if (need.priceNegotiable || (need.priceMin == null && need.priceMax == null)) {
            return new Factor("budget", BUDGET, BUDGET, "negotiable");
        }
        if (need.priceMin != null && need.priceMax != null && need.priceMin.signum() > 0
                && need.priceMax.compareTo(need.priceMin.multiply(BigDecimal.valueOf(3))) > 0) {
            return new Factor("budget", BUDGET / 2, BUDGET, "wide range");
        }
        return new Factor("budget", 0, BUDGET, "stated");
    }

    private static List<String> words(String text, List<String> candidates) {
        String lower = text.toLowerCase(Locale.ROOT);
        return candidates.stream().filter(lower::contains).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
