package cn.techmarket.esnode;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Builds, starts and stops the node; see {@link EsNodeMain}. */
final class EsNodeRunner {

    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, InfoRestPlugin.class, ChineseAnalysisPlugin.class);

    private static final Object LOCK = new Object();
    private static Node node;
    private static boolean stopping;
    /** Elasticsearch's own threads are all daemon threads: the main thread must stay alive until shutdown. */
    private static final java.util.concurrent.CountDownLatch KEEP_ALIVE = new java.util.concurrent.CountDownLatch(1);

    private EsNodeRunner() {}

    static void run(EsNodeMain.Options options) {
        long t0 = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(EsNodeRunner::stop, "es-node-shutdown"));
        if (options.watchStdin()) {
            Thread watchdog = new Thread(EsNodeRunner::watchStdin, "es-node-stdin-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        try {
            String nodeName = "techmarket-es-node";
            Path home = options.home();
            Settings settings = Settings.builder()
                .put("node.name", nodeName)
                .put("cluster.name", options.clusterName())
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.toString(options.port()))
                .put("transport.port", "0")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("logger.level", "WARN")
                .build();
            LogConfigurator.configureWithoutConfig(settings);
            logToStderr();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> nodeName);
            Node created = new ClasspathNode(environment, PLUGINS);
            synchronized (LOCK) {
                if (stopping) {
                    created.close();
                    return;
                }
                node = created;
            }
            created.start();
            int port = created.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            waitForYellow(port);
            writePortFile(options.portFile(), port);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.err.println("es-node: started in " + ms + " ms, home " + home);
            System.out.println("ES_NODE_READY http://127.0.0.1:" + port);
            System.out.flush();
            KEEP_ALIVE.await();
        } catch (Throwable e) {
            synchronized (LOCK) {
                if (stopping) {
                    return; // failure caused by a shutdown during start
                }
            }
            System.err.println("es-node: failed to start");
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * configureWithoutConfig leaves log4j writing to stdout; send WARN and above to stderr instead, so that stdout
     * carries only the ES_NODE_READY line.
     */
    private static void logToStderr() {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.setConfigurationName("es-node");
        b.add(
            b.newAppender("stderr", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
                .add(b.newLayout("PatternLayout").addAttribute("pattern", "[%d{ISO8601}][%-5p][%c{1.}] %m%n"))
        );
        b.add(b.newRootLogger(Level.WARN).add(b.newAppenderRef("stderr")));
        Configurator.reconfigure(b.build());
    }

    private static void waitForYellow(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=30s")
        ).timeout(Duration.ofSeconds(40)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && (r.body().contains("\"status\":\"green\"") || r.body().contains("\"status\":\"yellow\""))) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("cluster did not reach yellow: " + last);
    }

    private static void writePortFile(Path portFile, int port) throws IOException {
        Path dir = portFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, portFile.getFileName().toString(), ".tmp");
        Files.writeString(tmp, Integer.toString(port), StandardCharsets.US_ASCII);
        Files.move(tmp, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Parent keeps our stdin open as a pipe; EOF means it went away, so we go too. */
    private static void watchStdin() {
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // ignore input
            }
        } catch (IOException e) {
            // treat as EOF
        }
        System.err.println("es-node: stdin closed, stopping");
        System.exit(0);
    }

    private static void stop() {
        Node n;
        KEEP_ALIVE.countDown();
        synchronized (LOCK) {
            stopping = true;
            n = node;
            node = null;
        }
        if (n == null) {
            return;
        }
        try {
            n.close();
            if (n.awaitClose(20, TimeUnit.SECONDS) == false) {
                System.err.println("es-node: node did not close within 20s");
            }
        } catch (Exception e) {
            System.err.println("es-node: error while closing: " + e);
        }
    }
}
