package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;

import java.time.Instant;

/** How far a rebuild has come, for the API and the operator's page (polled while it runs). */
public class ReindexProgress {
    public final ListingKind kind;
    public final String index;
    public final Instant startedAt = Instant.now();
    public volatile long total;
    public volatile long done;
    public volatile Instant finishedAt;
    public volatile String error;

    ReindexProgress(ListingKind kind, String index) {
        this.kind = kind;
        this.index = index;
    }

    public boolean isRunning() {
        return finishedAt == null;
    }

    public int getPercent() {
        return total == 0 ? (isRunning() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    public String getState() {
        return isRunning() ? "RUNNING" : error == null ? "DONE" : "FAILED";
    }

    void finish(String failure) {
        error = failure;
        finishedAt = Instant.now();
    }
}
