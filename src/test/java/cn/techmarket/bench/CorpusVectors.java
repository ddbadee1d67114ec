package cn.techmarket.bench;

import cn.techmarket.demo.DemoListing;
import cn.techmarket.matching.Embedder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

/**
 * Stores each benchmark listing's vector as the EmbeddingWorker would (listing_embedding, under the hash of the
 * listing's embedding text, so the reindex takes it as current): a listing carrying a real text gets that text's
 * real embedding; a generated one gets its seed's real embedding perturbed within the principal subspace.
 */
final class CorpusVectors {
    /** The noise's size relative to the real vectors' spread. */
    static final double NOISE = 0.5;
    private final List<float[]> real;
    private final SubspaceNoise noise;
    private final Random random;
    private double cosines;
    private int perturbed;

    CorpusVectors(List<float[]> real, long seed) {
        this.real = real;
        this.noise = new SubspaceNoise(real, NOISE);
        this.random = new Random(seed);
    }

    /**
     * The vectors of one chunk, on the connection (and in the transaction) that loads the chunk, so the IndexWorker
     * indexes each listing with its vector at once; {@code first}: the chunk's first listing's place in the corpus.
     */
    void write(Connection c, List<Long> ids, List<DemoListing> chunk, BenchCorpus corpus, int first) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "insert into listing_embedding (listing_id, text_hash, model, vector) values (?, ?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                float[] seed = real.get(corpus.seedOf(first + i));
                float[] v = seed;
                if (corpus.generated(first + i)) {
                    v = noise.perturb(seed, random);
                    cosines += SubspaceNoise.cosine(v, seed);
                    perturbed++;
                }
                Float[] boxed = new Float[v.length];
                for (int d = 0; d < v.length; d++) {
                    boxed[d] = v[d];
                }
                DemoListing d = chunk.get(i);
                p.setLong(1, ids.get(i));
                p.setString(2, Embedder.hash(RealVectors.embeddingText(d.form().title(), d.form().summary())));
                p.setString(3, corpus.generated(first + i) ? "bench: real embedding, perturbed" : "bge-small-zh-v1.5 (bench cache)");
                p.setArray(4, c.createArrayOf("real", boxed));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    double meanCosine() {
        return perturbed == 0 ? 1 : cosines / perturbed;
    }
}
