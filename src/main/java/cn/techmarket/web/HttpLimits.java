package cn.techmarket.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Body limits per path (techmarket.http.*); uploads get Quarkus's global quarkus.http.limits.max-body-size. */
@ConfigMapping(prefix = "techmarket.http")
interface HttpLimits {
    /** The limit of every path that takes no file upload. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /** Path prefixes that take file uploads, up to the global limit. */
    @WithDefault("/none")
    List<String> uploadPaths();
}
