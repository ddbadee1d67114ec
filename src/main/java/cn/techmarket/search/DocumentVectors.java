package cn.techmarket.search;

import cn.techmarket.listing.Listing;

import java.util.List;
import java.util.Map;

/**
 * The sentence embeddings a search document carries, for kNN retrieval. Matching owns the model and the stored
 * vectors and implements this; search only writes what it is given, so it knows nothing of embeddings.
 */
public interface DocumentVectors {
    /** The vectors that still match each listing's current text; a listing without one is indexed without. */
    Map<Long, float[]> current(List<Listing> listings);
}
