package cn.techmarket.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows each thing once: a list keeps the best of listings with the same title, or of one owner's listings whose
 * texts are nearly the same (the same result filed twice, a need reposted with a new date).
 */
final class NearDuplicates {
    /**
     * Share of character pairs two texts of one owner have in common to count as the same listing: a result refiled
     * with a reworded title ("…的制备方法（第二版）") and the same summary shares about three quarters.
     */
    static final double SAME_TEXT = 0.7;

    private NearDuplicates() {
    }

    static List<Match> collapse(List<Matcher.Scored> ranked, int size) {
        List<Match> kept = new ArrayList<>();
        List<Matcher.Scored> keptScored = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Matcher.Scored s : ranked) {
            if (kept.size() == size) {
                break;
            }
            String title = normalized(s.match().title());
            if (!titles.add(title) || keptScored.stream().anyMatch(k -> sameOwnerSameText(k, s))) {
                continue;
            }
            kept.add(s.match());
            keptScored.add(s);
        }
        return List.copyOf(kept);
    }

    static String normalized(String title) {
        return title == null ? "" : title.replaceAll("[\\p{P}\\p{Z}\\s]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean sameOwnerSameText(Matcher.Scored a, Matcher.Scored b) {
        Long ownerA = a.fields().ownerOrgId(), ownerB = b.fields().ownerOrgId();
        return ownerA != null && ownerA.equals(ownerB) && similarity(text(a), text(b)) >= SAME_TEXT;
    }

    private static String text(Matcher.Scored s) {
        return normalized(java.util.Objects.toString(s.fields().title(), "") + java.util.Objects.toString(s.fields().summary(), ""));
    }

    /** Jaccard similarity of the two texts' character pairs. */
    static double similarity(String a, String b) {
        Set<String> x = pairs(a), y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }
}
