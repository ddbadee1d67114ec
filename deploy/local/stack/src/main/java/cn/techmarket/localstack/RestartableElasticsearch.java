package cn.techmarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An Elasticsearch node of a test's own, which the test may stop and start again on the same port and data
 * directory: a real outage, not a simulated one. Shared nodes (tm services, the suite's stack) are never stopped.
 */
public final class RestartableElasticsearch implements AutoCloseable {
    private final Path localHome;
    private final Path home;
    private ElasticsearchService node;
    private final int port;

    private RestartableElasticsearch(Path localHome, Path home, ElasticsearchService node) {
        this.localHome = localHome;
        this.home = home;
        this.node = node;
        this.port = node.port();
    }

    public static RestartableElasticsearch start(Path localHome) throws IOException {
        Path home = Files.createTempDirectory("techmarket-es-outage");
        return new RestartableElasticsearch(localHome, home, ElasticsearchService.start(localHome, home.resolve("node"),
                home, 0));
    }

    public String host() {
        return "127.0.0.1:" + port;
    }

    public synchronized void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    public synchronized void startAgain() throws IOException {
        if (node == null) {
            node = ElasticsearchService.start(localHome, home.resolve("node"), home, port);
        }
    }

    @Override
    public void close() {
        stop();
        TestServices.deleteTree(home);
    }
}
