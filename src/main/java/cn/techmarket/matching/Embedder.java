package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chinese sentence embeddings (bge-small-zh-v1.5, quantized, 512 dimensions, cosine), computed in process. The model
 * loads on first use (about a second) and is safe to share between threads.
 */
@ApplicationScoped
public class Embedder {
    public static final String MODEL = "bge-small-zh-v1.5-q";
    public static final int DIMENSIONS = 512;
    /** The model reads at most 512 tokens; the head of a listing carries its meaning, and short input is fast. */
    static final int MAX_CHARS = 256;
    private volatile EmbeddingModel model;

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    /** What represents a listing semantically: its title, keywords and the start of its summary. */
    public static String textOf(Listing l) {
        String text = Stream.of(l.title, l.keywords, l.summary).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("。"));
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
