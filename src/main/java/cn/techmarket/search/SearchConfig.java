package cn.techmarket.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search tunables (techmarket.search.*). */
@ConfigMapping(prefix = "techmarket.search")
public interface SearchConfig {
    /** Every index and alias name starts with this, so runs sharing one node never collide. */
    String indexPrefix();

    /** Outbox rows the worker takes per round. */
    @WithDefault("500")
    int batchSize();

    /**
     * Back-off is 2^attempts seconds up to 2^this (64 s): a row Elasticsearch refuses is retried about once a minute;
     * after an outage every row is retried at once anyway (IndexWorker notices the node is back).
     */
    @WithDefault("6")
    int maxBackoffExponent();

    /** Attempts at a listing Elasticsearch refuses (not an outage) before its outbox row is parked. */
    @WithDefault("10")
    int maxAttempts();

    /** How often the indexing worker drains the outbox; read by its @Scheduled expression. */
    @WithDefault("1s")
    java.time.Duration workerInterval();

    /** Listings read from PostgreSQL per bulk request while reindexing. */
    @WithDefault("1000")
    int reindexPageSize();

    /** How often listings without a current embedding are embedded (see EmbeddingWorker). */
    @WithDefault("2s")
    java.time.Duration embeddingInterval();

    /** Whether the EmbeddingWorker runs; off only where vectors are written otherwise (the 100,000-listing benchmark). */
    @WithDefault("true")
    boolean embeddingEnabled();

    /** Listings embedded per transaction. */
    @WithDefault("32")
    int embeddingBatchSize();
}
