package cn.techmarket.bench;

import cn.techmarket.listing.Listing;
import cn.techmarket.matching.Embedder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The real embeddings (bge-small-zh, the application's own {@link Embedder}) of the real texts, computed once and
 * kept in a cache file outside the run and outside target/ (default ~/.cache/techmarket/bench, or -Dbench.cache):
 * embedding the 6,861 texts takes minutes on two cores, which no benchmark run should pay again. Keyed by the SHA-256
 * of the embedded text, so a changed text or rule gets a new vector.
 */
final class RealVectors {
    private static final Path FILE = Path.of(System.getProperty("bench.cache",
            System.getProperty("user.home") + "/.cache/techmarket/bench"), "real-vectors-bge-small-zh.bin");

    private RealVectors() {
    }

    /** The text a listing with this title and summary is embedded by (the application's rule). */
    static String embeddingText(String title, String summary) {
        Listing l = new Listing();
        l.title = title;
        l.summary = summary;
        return Embedder.textOf(l);
    }

    /** One vector per text, in order; the ones missing from the cache are embedded (on two threads) and saved. */
    static List<float[]> of(List<RealTexts.Text> texts, Embedder embedder) throws IOException {
        Map<String, float[]> cache = read();
        List<String> hashes = texts.stream().map(t -> Embedder.hash(embeddingText(t.title(), t.body()))).toList();
        List<Integer> missing = IntStream.range(0, texts.size()).filter(i -> !cache.containsKey(hashes.get(i))).boxed().toList();
        if (!missing.isEmpty()) {
            System.out.println("[bench] embedding " + missing.size() + " real texts once (cached in " + FILE + ")");
            java.util.concurrent.ForkJoinPool two = new java.util.concurrent.ForkJoinPool(2);
            try {
                two.submit(() -> missing.parallelStream().forEach(i -> cache.put(hashes.get(i),
                        embedder.embed(embeddingText(texts.get(i).title(), texts.get(i).body()))))).get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("embedding the real texts", e);
            } finally {
                two.shutdown();
            }
            write(cache);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        hashes.forEach(h -> vectors.add(cache.get(h)));
        return vectors;
    }

    private static Map<String, float[]> read() throws IOException {
        Map<String, float[]> cache = new ConcurrentHashMap<>();
        if (!Files.exists(FILE)) {
            return cache;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(FILE)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String hash = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int d = 0; d < v.length; d++) {
                    v[d] = in.readFloat();
                }
                cache.put(hash, v);
            }
        }
        return cache;
    }

    private static void write(Map<String, float[]> cache) throws IOException {
        Files.createDirectories(FILE.getParent());
        Path partial = FILE.resolveSibling(FILE.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
        Files.move(partial, FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
