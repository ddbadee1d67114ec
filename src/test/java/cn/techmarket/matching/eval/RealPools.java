package cn.techmarket.matching.eval;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.matching.eval.RealListings.RealListing;
import cn.techmarket.matching.eval.RealSelection.SelectedNeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the grading pools of the real evaluation set, once, before any grading: loads the selected needs and every
 * candidate into the real stack, takes the top {@value #DEPTH} of each pooled method plus {@value #RANDOM} random
 * candidates per need, and writes the union in a seeded order without saying which method proposed what
 * (needs.tsv, items.tsv, pools.tsv into {@code eval.real.out}; grading packets into {@code eval.grading.dir}).
 * Run: {@code mvn verify -Dgroups=eval -Dtest=RealPools -Deval.grading.dir=/work/grading}.
 */
@QuarkusTest
@TestProfile(RealSetProfile.class)
@Tag("eval")
class RealPools {
    static final int DEPTH = 20;
    static final int RANDOM = 5;
    static final int NEEDS_PER_PACKET = 20;
    @Inject
    CatalogueLoader loader;
    @Inject
    Rankings rankings;

    @Test
    void write_pools_and_grading_packets() throws Exception {
        RealCorpus corpus = RealCorpus.load(loader);
        Path out = Path.of(System.getProperty("eval.real.out", "target/eval/real"));
        Files.createDirectories(out);
        Map<EvaluatedMethod, Integer> contributed = new EnumMap<>(EvaluatedMethod.class);
        List<String> itemIds = new ArrayList<>(corpus.items().keySet());
        StringBuilder pools = new StringBuilder("# need\titem (union of the pooled methods' top 20 and 5 random, "
                + "in grading order; methods not recorded)\n");
        Map<String, List<String>> poolOf = new HashMap<>();
        int index = 0;
        for (SelectedNeed need : corpus.needs()) {
            index++;
            Set<String> pool = new LinkedHashSet<>();
            for (EvaluatedMethod method : EvaluatedMethod.POOLED) {
                List<Long> ranked = rankings.rank(corpus.idOf(need.id()), method, DEPTH);
                assertThat(ranked).as(need.id() + " " + method).isNotEmpty();
                for (long id : ranked) {
                    if (pool.add(corpus.itemOf(id))) {
                        contributed.merge(method, 1, Integer::sum);
                    }
                }
            }
            Random random = new Random(RealSelection.SEED + 100L * index);
            for (int added = 0; added < RANDOM; ) {
                if (pool.add(itemIds.get(random.nextInt(itemIds.size())))) {
                    added++;
                }
            }
            List<String> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, new Random(RealSelection.SEED + 100L * index + 7));
            poolOf.put(need.id(), shuffled);
            shuffled.forEach(item -> pools.append(need.id()).append('\t').append(item).append('\n'));
        }
        Files.writeString(out.resolve("pools.tsv"), pools);
        Files.writeString(out.resolve("needs.tsv"), corpus.needs().stream()
                .map(n -> String.join("\t", n.id(), n.split().name(), n.listing().key(), n.listing().classification(),
                        n.listing().title()))
                .collect(Collectors.joining("\n", "# need\tsplit\tsource\tclassification\ttitle\n", "\n")));
        Files.writeString(out.resolve("items.tsv"), corpus.items().entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue().key())
                .collect(Collectors.joining("\n", "# item\tsource\n", "\n")));
        int pairs = poolOf.values().stream().mapToInt(List::size).sum();
        String summary = String.format("pools: %d needs, %d pairs (%.1f a need); first proposed by %s%n",
                poolOf.size(), pairs, (double) pairs / poolOf.size(), contributed);
        Files.writeString(out.resolve("pools-summary.txt"), summary);
        System.out.print(summary);
        String grading = System.getProperty("eval.grading.dir");
        if (grading != null) {
            writePackets(Path.of(grading, "packets"), corpus, poolOf);
        }
    }

    private static void writePackets(Path folder, RealCorpus corpus, Map<String, List<String>> poolOf) throws IOException {
        Files.createDirectories(folder);
        List<SelectedNeed> needs = corpus.needs();
        for (int p = 0; p * NEEDS_PER_PACKET < needs.size(); p++) {
            StringBuilder text = new StringBuilder();
            text.append("# Grading packet ").append(p + 1).append(": read GUIDELINE.md first. Write one line per item: ")
                    .append("needId<TAB>itemId<TAB>grade (0-3).\n\n");
            for (SelectedNeed need : needs.subList(p * NEEDS_PER_PACKET, Math.min(needs.size(), (p + 1) * NEEDS_PER_PACKET))) {
                RealListing n = need.listing();
                text.append("=== NEED ").append(need.id()).append(" ===\n")
                        .append("title: ").append(n.title()).append('\n')
                        .append("text: ").append(clip(n.text(), 400)).append('\n')
                        .append("items (").append(poolOf.get(need.id()).size()).append("):\n");
                for (String item : poolOf.get(need.id())) {
                    RealListing r = corpus.items().get(item);
                    text.append(item).append('\t').append(r.title()).append('\t').append(clip(r.text(), 160));
                    if (!r.maturity().isEmpty()) {
                        text.append("\t[成熟度: ").append(r.maturity()).append("; 合作方式: ").append(r.modes()).append(']');
                    }
                    text.append('\n');
                }
                text.append('\n');
            }
            Files.writeString(folder.resolve("packet-" + (p + 1) + ".txt"), text);
        }
    }

    static String clip(String text, int chars) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= chars ? flat : flat.substring(0, chars) + "…";
    }
}
