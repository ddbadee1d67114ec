package cn.techmarket.broker;

import cn.techmarket.listing.Listing;
import cn.techmarket.reference.Regions;

import java.util.HashSet;
import java.util.Set;

/**
 * How well a need fits a broker's fields and regions, 0–1: the industry counts 0.6 (a field, or a level-1 field
 * covering the need's sub-industry) or 0.3 (only the same level-1 industry); the region 0.4 when one of the broker's
 * regions or region groups covers the need's region.
 */
public record BrokerFit(double score, boolean industry, boolean nearIndustry, boolean region) {
    static final double INDUSTRY = 0.6, NEAR_INDUSTRY = 0.3, REGION = 0.4;

    /** The broker's regions expanded to every covered GB/T 2260 code (computed once per request). */
    static Set<String> coverage(BrokerProfile broker, Regions regions) {
        Set<String> covered = new HashSet<>();
        for (String code : broker.regions) {
            covered.addAll(code.matches("\\d{6}") ? regions.codesUnder(code) : regions.codesIn(code));
        }
        return covered;
    }

    static BrokerFit of(BrokerProfile broker, Set<String> coverage, Listing need) {
        String code = need.industryCode == null ? "" : need.industryCode;
        String top = level1(code);
        boolean exact = broker.fields.stream().anyMatch(f -> code.equals(f) || code.startsWith(f + "."));
        boolean near = !exact && broker.fields.stream().anyMatch(f -> level1(f).equals(top));
        boolean region = need.regionCode != null && coverage.contains(need.regionCode);
        double score = (exact ? INDUSTRY : near ? NEAR_INDUSTRY : 0) + (region ? REGION : 0);
        return new BrokerFit(Math.round(score * 100) / 100.0, exact, near, region);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }

    private static String level1(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
