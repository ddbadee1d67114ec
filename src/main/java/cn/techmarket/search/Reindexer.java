package cn.techmarket.search;

import cn.techmarket.listing.Listing;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.listing.ListingStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cn.techmarket.queue.JobLock;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a kind's index from PostgreSQL with zero downtime: a new dated index is filled by keyset pages while the
 * alias keeps serving the old one, then the alias is swapped atomically. Writes that happen meanwhile still go
 * through the outbox to the old index; after the swap every listing changed since the start (with a margin for
 * transactions in flight) is enqueued again, so the new index misses nothing. Needs neither _reindex nor scripts.
 */
@ApplicationScoped
public class Reindexer {
    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    static final int IN_FLIGHT_MARGIN_SECONDS = 60;
    @Inject
    SearchIndex index;
    @Inject
    IndexNames names;
    @Inject
    ListingDocuments documents;
    @Inject
    SearchConfig config;
    @Inject
    EntityManager em;
    @Inject
    ManagedExecutor executor;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    jakarta.enterprise.event.Event<ReindexPageCopied> pageCopied;
    /** The failure a rebuild reports when another replica holds the kind's lock. */
    static final String ANOTHER_REPLICA = "another replica is rebuilding this index";
    private final Map<ListingKind, ReindexProgress> jobs = new ConcurrentHashMap<>();

    /** Starts a rebuild unless one of this kind is running; returns its progress either way. */
    public ReindexProgress start(ListingKind kind) {
        ReindexProgress current = jobs.get(kind);
        if (current != null && current.isRunning()) {
            return current;
        }
        ReindexProgress progress = new ReindexProgress(kind, names.newIndex(kind));
        jobs.put(kind, progress);
        executor.runAsync(() -> run(progress));
        return progress;
    }

    public ReindexProgress progress(ListingKind kind) {
        return jobs.get(kind);
    }

    /**
     * Rebuilds under a lock of the kind held by one replica at a time (the rebuild spans many transactions, so a
     * session advisory lock): two replicas asked at once would each build an index and race to swap the alias, the
     * loser leaving its index behind. The second one reports that another replica is rebuilding.
     */
    void run(ReindexProgress progress) {
        try (JobLock lock = JobLock.tryForSession(dataSource, "search.reindex." + progress.kind)) {
            if (lock == null) {
                progress.finish(ANOTHER_REPLICA);
                return;
            }
            rebuild(progress);
        } catch (java.sql.SQLException e) {
            LOG.errorf(e, "reindex %s: no database lock", progress.kind);
            progress.finish(e.toString());
        }
    }

    private void rebuild(ReindexProgress progress) {
        try {
            OffsetDateTime started = QuarkusTransaction.requiringNew().call(() ->
                    (OffsetDateTime) em.createNativeQuery("select now()", OffsetDateTime.class).getSingleResult());
            index.ensure();
            index.create(progress.index);
            progress.total = QuarkusTransaction.requiringNew().call(() ->
                    Listing.count("kind = ?1 and status = ?2", progress.kind, ListingStatus.PUBLISHED));
            long after = 0;
            while (true) {
                long from = after;
                Page page = QuarkusTransaction.requiringNew().call(() -> new Page(ReadVersion.now(em), page(progress.kind, from)));
                if (page.documents().isEmpty()) {
                    break;
                }
                index.bulk(progress.index, page.documents(), List.of(), page.version());
                after = page.documents().get(page.documents().size() - 1).id();
                progress.done += page.documents().size();
                pageCopied.fire(new ReindexPageCopied(progress.kind, progress.index, after));
            }
            index.refresh(progress.index);
            index.swap(names.alias(progress.kind), progress.index);
            int requeued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    insert into search_outbox (listing_id) select id from listing
                    where kind = ?1 and updated_at >= ?2""")
                    .setParameter(1, progress.kind.name())
                    .setParameter(2, started.minusSeconds(IN_FLIGHT_MARGIN_SECONDS)).executeUpdate());
            progress.finish(null);
            LOG.infof("reindex %s: %d listings into %s, %d recent changes re-queued", progress.kind, progress.done,
                    progress.index, requeued);
        } catch (Exception e) {
            LOG.errorf(e, "reindex %s failed", progress.kind);
            progress.finish(e.toString());
        }
    }

    /** A page of documents and the version of the read that made them. */
    private record Page(long version, List<ListingDocument> documents) {
    }

    private List<ListingDocument> page(ListingKind kind, long afterId) {
        List<Listing> listings = Listing.find("kind = ?1 and status = ?2 and id > ?3 order by id", kind,
                ListingStatus.PUBLISHED, afterId).page(0, config.reindexPageSize()).list();
        ListingDocuments.Lookups lookups = documents.lookups(listings);
        return listings.stream().map(l -> documents.of(l, lookups)).toList();
    }
}
