package cn.techmarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Elasticsearch 9.5.3 from its server jars, in its own JVM (see deploy/local/es-node). */
final class ElasticsearchService implements AutoCloseable {
    private final ChildProcess process;
    private final int port;

    private ElasticsearchService(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static ElasticsearchService start(Path localHome, Path home, Path logs) throws IOException {
        return start(localHome, home, logs, 0);
    }

    /** Port 0 picks a free one; a restart passes the port it had, so clients configured with it reconnect. */
    static ElasticsearchService start(Path localHome, Path home, Path logs, int port) throws IOException {
        Path nodeBuild = localHome.resolve("es-node/target");
        Path jar = nodeBuild.resolve("es-node.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with `mvn -f deploy/local/pom.xml install`");
        }
        Path portFile = home.resolve("http.port");
        Files.createDirectories(home);
        Files.deleteIfExists(portFile);
        List<String> command = List.of(Java.executable(), "-Xms256m", "-Xmx768m",
                "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector",
                "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
                "-cp", jar + ":" + nodeBuild.resolve("lib") + "/*",
                "cn.techmarket.esnode.EsNodeMain", "--home", home.toString(), "--port-file", portFile.toString(), "--port", String.valueOf(port));
        ChildProcess process = ChildProcess.start("elasticsearch", command, Map.of(), logs.resolve("elasticsearch.log"));
        try {
            Wait.until(() -> Files.isRegularFile(portFile), process, Duration.ofMinutes(10), "ready"); // see KeycloakService
            return new ElasticsearchService(process, Integer.parseInt(Files.readString(portFile).trim()));
        } catch (RuntimeException | IOException e) {
            process.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
