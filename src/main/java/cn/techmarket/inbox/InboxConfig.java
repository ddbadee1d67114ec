package cn.techmarket.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The inbox's mail (techmarket.inbox.*). */
@ConfigMapping(prefix = "techmarket.inbox")
interface InboxConfig {
    /** How often pending mails are sent; read by the sender's @Scheduled expression. */
    @WithDefault("2s")
    Duration mailInterval();
}
