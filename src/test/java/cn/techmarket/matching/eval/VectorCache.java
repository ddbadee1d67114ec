package cn.techmarket.matching.eval;

import cn.techmarket.listing.Listing;
import cn.techmarket.matching.Embedder;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An optional speed-up for a rerun on a loaded machine ({@code -Deval.vector-cache=FILE}): the vectors an earlier
 * run's worker computed, by the SHA-256 of the embedded text and the model (text_hash, model, vector as a
 * PostgreSQL array literal, tab-separated, as {@code copy listing_embedding (text_hash, model, vector) to stdout}
 * writes them). A listing whose text and model match gets that vector, exactly what the worker would compute again;
 * every other one is embedded by the worker as usual. All loaded listings are then indexed again, with their vectors.
 */
final class VectorCache {
    private VectorCache() {
    }

    /** Stores the cached vectors of these listings; returns how many were found. */
    static int apply(List<Long> ids) {
        String file = System.getProperty("eval.vector-cache");
        if (file == null || !Files.exists(Path.of(file))) {
            return 0;
        }
        Map<String, String> vectors = read(Path.of(file));
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        int found = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            found += QuarkusTransaction.requiringNew().call(() -> {
                int stored = 0;
                for (Listing l : Listing.<Listing>list("id in ?1", chunk)) {
                    String hash = Embedder.hash(Embedder.textOf(l)), vector = vectors.get(hash);
                    if (vector != null) {
                        em.createNativeQuery("""
                                        insert into listing_embedding (listing_id, text_hash, model, vector, embedded_at)
                                        values (?1, ?2, ?3, cast(?4 as real[]), now()) on conflict (listing_id) do nothing""")
                                .setParameter(1, l.id).setParameter(2, hash).setParameter(3, Embedder.MODEL)
                                .setParameter(4, vector).executeUpdate();
                        stored++;
                    }
                }
                em.createNativeQuery("insert into search_outbox (listing_id) select unnest(cast(?1 as bigint[]))")
                        .setParameter(1, chunk.stream().map(String::valueOf).collect(java.util.stream.Collectors
                                .joining(",", "{", "}"))).executeUpdate();
                return stored;
            });
        }
        System.out.printf("vector cache: %d of %d listings%n", found, ids.size());
        return found;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> vectors = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            reader.lines().map(l -> l.split("\t")).filter(f -> f.length == 3 && f[1].equals(Embedder.MODEL))
                    .forEach(f -> vectors.put(f[0], f[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }
}
