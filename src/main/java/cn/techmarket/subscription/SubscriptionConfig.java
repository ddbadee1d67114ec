package cn.techmarket.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Saved searches and followed needs (techmarket.subscription.*). */
@ConfigMapping(prefix = "techmarket.subscription")
interface SubscriptionConfig {
    /** How often the worker drains subscription_event; read by its @Scheduled expression. */
    @WithDefault("1s")
    Duration workerInterval();

    /** Saved searches, and separately followed needs, per user. */
    @WithDefault("20")
    int maxPerUser();

    /** A new result reaches the followers of a need only when it matches the need at least this well. */
    @WithDefault("0.5")
    double matchThreshold();

    /** How many needs a new result is matched against. */
    @WithDefault("20")
    int matchPool();

    /** ...and only when they share at least this many words. */
    @WithDefault("2")
    int minSharedWords();
}
