package cn.techmarket.matching.eval;

import cn.techmarket.matching.eval.RealListings.RealListing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which needs are graded and in which split, decided before any method ran: {@value #NEEDS} needs drawn with a fixed
 * seed from the informative ones, stratified by the source's classification (largest remainders), given ids
 * N001… in a seeded order, and {@value #DEV_SHARE_PERCENT} % of them drawn as the development split (tuning),
 * the rest held out for the report. Candidates get opaque ids R0001… in a seeded order, so an id says nothing about
 * where an item came from.
 */
final class RealSelection {
    static final long SEED = 20_261_203L;
    static final int NEEDS = 160;
    static final int DEV_SHARE_PERCENT = 40;

    enum Split { DEV, TEST }

    record SelectedNeed(String id, Split split, RealListing listing) {
    }

    private RealSelection() {
    }

    static List<SelectedNeed> needs(List<RealListing> informative) {
        Map<String, List<RealListing>> strata = RealListings.byClassification(informative);
        Map<String, Integer> quota = quotas(strata, informative.size());
        Random random = new Random(SEED);
        List<RealListing> chosen = new ArrayList<>();
        strata.forEach((name, members) -> {
            List<RealListing> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            chosen.addAll(shuffled.subList(0, quota.get(name)));
        });
        Collections.shuffle(chosen, random);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED + 1));
        int dev = NEEDS * DEV_SHARE_PERCENT / 100;
        List<SelectedNeed> selected = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Split split = order.indexOf(i) < dev ? Split.DEV : Split.TEST;
            selected.add(new SelectedNeed(String.format("N%03d", i + 1), split, chosen.get(i)));
        }
        return selected;
    }

    /** Opaque ids R0001… for the candidates, in a seeded order. */
    static Map<String, RealListing> itemIds(List<RealListing> candidates) {
        List<RealListing> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(SEED + 2));
        Map<String, RealListing> ids = new LinkedHashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            ids.put(String.format("R%04d", i + 1), shuffled.get(i));
        }
        return ids;
    }

    /** Largest-remainder allocation of {@link #NEEDS} over the strata, proportional to their sizes. */
    private static Map<String, Integer> quotas(Map<String, List<RealListing>> strata, int total) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        Map<String, Double> remainder = new LinkedHashMap<>();
        strata.forEach((name, members) -> {
            double exact = (double) NEEDS * members.size() / total;
            quota.put(name, (int) Math.floor(exact));
            remainder.put(name, exact - Math.floor(exact));
        });
        int left = NEEDS - quota.values().stream().mapToInt(Integer::intValue).sum();
        remainder.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(left).forEach(e -> quota.merge(e.getKey(), 1, Integer::sum));
        return quota;
    }
}
