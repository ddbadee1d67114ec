package cn.techmarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The services one test run uses. When `deploy/local/tm services` is already running they are reused, with a fresh
 * database and a fresh index prefix for this run; otherwise a throw-away stack is started and removed afterwards.
 */
public final class TestServices implements AutoCloseable {
    private final Endpoints endpoints;
    private final String indexPrefix;
    private final AutoCloseable cleanup;

    private TestServices(Endpoints endpoints, String indexPrefix, AutoCloseable cleanup) {
        this.endpoints = endpoints;
        this.indexPrefix = indexPrefix;
        this.cleanup = cleanup;
    }

    public static TestServices start(Path localHome) throws IOException {
        Endpoints running = Endpoints.readIfAlive(Main.servicesFile(localHome));
        if (running != null && answers(running)) {
            return reuse(running);
        }
        Path workDir = Files.createTempDirectory("techmarket-test-stack");
        LocalStack stack = LocalStack.start(localHome, workDir, false, 0);
        return new TestServices(stack.endpoints(), "test", () -> {
            stack.close();
            deleteTree(workDir);
        });
    }

    private static boolean answers(Endpoints e) {
        return Http.status("GET", "http://" + e.elasticsearchHost() + "/") == 200
                && Http.status("GET", e.oidcServerUrl() + "/.well-known/openid-configuration") == 200;
    }

    private static TestServices reuse(Endpoints running) {
        String run = "test_" + System.currentTimeMillis();
        String jdbcUrl = running.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + run + "$1");
        admin(running, s -> PostgresService.createDatabaseIfAbsent(s, run));
        System.out.println("[local-stack] reusing running services; database and index prefix " + run);
        return new TestServices(running.withJdbcUrl(jdbcUrl), run.replace('_', '-'),
                () -> admin(running, s -> s.execute("drop database if exists \"" + run + "\" with (force)")));
    }

    interface AdminStatement {
        void run(Statement statement) throws SQLException;
    }

    private static void admin(Endpoints e, AdminStatement work) {
        try (Connection c = DriverManager.getConnection(e.jdbcUrl(), e.dbUser(), e.dbPassword());
             Statement s = c.createStatement()) {
            work.run(s);
        } catch (SQLException ex) {
            throw new IllegalStateException("PostgreSQL of the running local stack refused: " + ex.getMessage(), ex);
        }
    }

    /** The application configuration that points at these services. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>(endpoints.quarkusConfig());
        config.put("techmarket.search.index-prefix", indexPrefix);
        return config;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() throws Exception {
        cleanup.close();
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[local-stack] could not delete " + root + ": " + e);
        }
    }
}
