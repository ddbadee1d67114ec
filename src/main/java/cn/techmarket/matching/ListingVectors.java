package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.search.DocumentVectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored embeddings of listings (table listing_embedding). */
@ApplicationScoped
public class ListingVectors implements DocumentVectors {
    @Inject
    EntityManager em;

    /** The vectors that still match each listing's current text; a listing edited since has none until re-embedded. */
    @Override
    public Map<Long, float[]> current(List<Listing> listings) {
        Map<Long, float[]> vectors = new HashMap<>();
        if (listings.isEmpty()) {
            return vectors;
        }
        Map<Long, String> hashes = new HashMap<>();
        listings.forEach(l -> hashes.put(l.id, Embedder.hash(Embedder.textOf(l))));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select listing_id, text_hash, cast(vector as text) from listing_embedding where listing_id in (?1)")
                .setParameter(1, hashes.keySet()).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (row[1].equals(hashes.get(id))) {
                vectors.put(id, parse((String) row[2]));
            }
        }
        return vectors;
    }

    /** One listing's vector if stored (whatever its text now): for matching from that listing. */
    public float[] of(long listingId) {
        List<?> rows = em.createNativeQuery("select cast(vector as text) from listing_embedding where listing_id = ?1")
                .setParameter(1, listingId).getResultList();
        return rows.isEmpty() ? null : parse((String) rows.get(0));
    }

    /** The stored embedding of a listing; embedded now (the query-time cost) if it has none yet. */
    float[] ofOrEmbed(Listing listing, Embedder embedder) {
        float[] stored = of(listing.id);
        return stored != null ? stored : embedder.embed(Embedder.textOf(listing));
    }

    void store(long listingId, String hash, float[] vector) {
        em.createNativeQuery("""
                        insert into listing_embedding (listing_id, text_hash, model, vector, embedded_at)
                        values (?1, ?2, ?3, cast(?4 as real[]), now())
                        on conflict (listing_id) do update set text_hash = excluded.text_hash, model = excluded.model,
                          vector = excluded.vector, embedded_at = excluded.embedded_at""")
                .setParameter(1, listingId).setParameter(2, hash).setParameter(3, Embedder.MODEL)
                .setParameter(4, format(vector)).executeUpdate();
    }

    static String format(float[] vector) {
        StringBuilder s = new StringBuilder(vector.length * 12).append('{');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(vector[i]);
        }
        return s.append('}').toString();
    }

    static float[] parse(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        if (body.isEmpty()) {
            return new float[0];
        }
        String[] parts = body.split(",");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            vector[i] = Float.parseFloat(parts[i]);
        }
        return vector;
    }
}
