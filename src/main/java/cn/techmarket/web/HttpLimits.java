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

    /**
     * The longest request target we answer. Vert.x itself cuts off request lines over
     * quarkus.http.limits.max-initial-line-length with a bare 414; that limit is set well above this one so that
     * the usual overlong URL gets a problem body from here.
     */
    @WithDefault("8K")
    MemorySize maxUriLength();
}
