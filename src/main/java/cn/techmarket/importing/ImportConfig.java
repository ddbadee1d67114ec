package cn.techmarket.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits and pacing of bulk imports of every kind (techmarket.import.*). */
@ConfigMapping(prefix = "techmarket.import")
public interface ImportConfig {
    /** The largest file accepted; quarkus.http.limits.max-body-size must leave room for it. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** Data rows per file (blank rows do not count). */
    @WithDefault("5000")
    int maxRows();

    /** The longest cell; the longest field of a listing (details) has 8000 characters. */
    @WithDefault("8000")
    int maxCellLength();

    /** What an .xlsx may inflate to: more means a zip bomb, not a list of listings. */
    @WithDefault("200M")
    MemorySize maxUnzippedSize();

    /** Jobs running at once on one instance; the others wait, queued. */
    @WithDefault("2")
    int concurrentJobs();

    /** A running job whose progress has not moved for this long died with its instance, and is marked failed. */
    @WithDefault("10m")
    Duration staleAfter();

    /** A job still queued after this long will not run any more (its instance stopped); it is marked failed. */
    @WithDefault("1h")
    Duration queuedTimeout();
}
