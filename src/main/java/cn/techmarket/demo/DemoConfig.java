package cn.techmarket.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data (techmarket.demo-data.*): on in the local run and the tests, never in production. */
@ConfigMapping(prefix = "techmarket.demo-data")
interface DemoConfig {
    @WithDefault("false")
    boolean enabled();

    /** The demo users join demo organizations and get their work on the catalogue: the local run, not the tests. */
    @WithDefault("false")
    boolean memberships();

    /** Generated listings (see ListingCatalogue); loaded once, kept on restart. */
    @WithDefault("0")
    int listings();

    @WithDefault("20260101")
    long seed();
}
