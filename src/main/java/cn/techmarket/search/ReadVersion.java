package cn.techmarket.search;

import jakarta.persistence.EntityManager;

/**
 * The external version of the documents a drain or a rebuild is about to read: PostgreSQL's clock in microseconds,
 * taken before the read, so that every replica's versions come from one clock. Elasticsearch keeps a document only
 * from a read that started no earlier than the one it holds (version_type external_gte). A read that started later
 * saw every commit before it started, and each commit queues its listing again, so the last commit's state always
 * wins, whatever order replicas' bulk requests arrive in.
 */
final class ReadVersion {
    private ReadVersion() {
    }

    static long now(EntityManager em) {
        return ((Number) em.createNativeQuery("select cast(extract(epoch from clock_timestamp()) * 1000000 as bigint)")
                .getSingleResult()).longValue();
    }
}
