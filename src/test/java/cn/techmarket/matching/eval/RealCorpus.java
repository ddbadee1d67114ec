package cn.techmarket.matching.eval;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.demo.DemoListing;
import cn.techmarket.matching.eval.RealListings.RealListing;
import cn.techmarket.matching.eval.RealSelection.SelectedNeed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real evaluation set loaded into the running stack: the selected needs and every candidate, embedded and
 * indexed by the real workers, with the way between our ids (N001, R0001), the database's ids and the sources.
 */
record RealCorpus(List<SelectedNeed> needs, Map<String, RealListing> items, Map<String, Long> ids,
                  Map<Long, String> keys, long loadMillis, long embedMillis) {

    static RealCorpus load(CatalogueLoader loader) throws InterruptedException {
        List<SelectedNeed> needs = RealSelection.needs(RealListings.needs());
        Map<String, RealListing> items = RealSelection.itemIds(RealListings.candidates());
        List<String> keys = new ArrayList<>();
        List<DemoListing> listings = new ArrayList<>();
        needs.forEach(n -> {
            keys.add(n.id());
            listings.add(n.listing().toDemo());
        });
        items.forEach((id, item) -> {
            keys.add(id);
            listings.add(item.toDemo());
        });
        long started = System.nanoTime();
        List<Long> dbIds = loader.load(listings);
        long loadMillis = EvaluationStack.millisSince(started);
        started = System.nanoTime();
        VectorCache.apply(dbIds);
        EvaluationStack.awaitEmbeddedAndIndexed(dbIds.size());
        long embedMillis = EvaluationStack.millisSince(started);
        Map<String, Long> ids = new HashMap<>();
        Map<Long, String> byId = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ids.put(keys.get(i), dbIds.get(i));
            byId.put(dbIds.get(i), keys.get(i));
        }
        return new RealCorpus(needs, items, ids, byId, loadMillis, embedMillis);
    }

    long idOf(String key) {
        return ids.get(key);
    }

    /** The item id (R0001…) of a database id; fails for anything that is not a candidate. */
    String itemOf(long id) {
        String key = keys.get(id);
        if (key == null || !items.containsKey(key)) {
            throw new IllegalStateException("listing " + id + " is not a candidate of the real set");
        }
        return key;
    }
}
