package cn.techmarket.matching;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingStatus;
import cn.techmarket.search.OutboxWriter;
import cn.techmarket.search.SearchConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Embeds published listings whose text has no current vector, stores the vectors, and puts the listings back on the
 * search outbox, so the one path to Elasticsearch (IndexWorker) writes them with their vector. Runs beside the
 * indexing worker, so a new listing is searchable by words at once and by meaning a moment later.
 */
@ApplicationScoped
public class EmbeddingWorker {
    private static final Logger LOG = Logger.getLogger(EmbeddingWorker.class);
    @Inject
    EntityManager em;
    @Inject
    Embedder embedder;
    @Inject
    ListingVectors vectors;
    @Inject
    SearchConfig config;

    @Scheduled(every = "{techmarket.search.embedding-interval}", delayed = "{techmarket.search.embedding-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        embedAll();
    }

    /** Embeds every listing due one; answers how many this replica embedded. */
    int embedAll() {
        if (!config.embeddingEnabled()) {
            return 0;
        }
        int done, total = 0;
        do {
            done = embedBatch();
            total += done;
        } while (done == config.embeddingBatchSize());
        return total;
    }

    /**
     * One replica embeds at a time (an advisory lock for the batch's transaction): the due listings are found by a
     * join, not claimed rows, so two replicas would otherwise both compute the same vectors (the upsert would keep
     * the result right, but at twice the cost). A replica that finds the lock taken skips its turn.
     */
    @Transactional
    int embedBatch() {
        if (!cn.techmarket.queue.JobLock.tryForTransaction(em, "matching.embedding")) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                        select l.id from listing l left join listing_embedding e on e.listing_id = l.id
                        where l.status = ?1 and (e.listing_id is null or e.embedded_at < l.updated_at)
                        order by l.id limit ?2""")
                .setParameter(1, ListingStatus.PUBLISHED.name()).setParameter(2, config.embeddingBatchSize())
                .getResultList().stream().map(n -> ((Number) n).longValue()).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Listing> listings = Listing.list("id in ?1", ids);
        var stillCurrent = vectors.current(listings);
        for (Listing l : listings) {
            String text = Embedder.textOf(l);
            float[] vector = stillCurrent.containsKey(l.id) ? stillCurrent.get(l.id) : embedder.embed(text);
            vectors.store(l.id, Embedder.hash(text), vector);
            if (!stillCurrent.containsKey(l.id)) {
                OutboxWriter.enqueue(em, l.id);
            }
        }
        LOG.debugf("embedded %d listings", listings.size());
        return listings.size();
    }
}
