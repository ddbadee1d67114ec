package cn.techmarket.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads the demo organizations (drawn from the institutions and enterprises the seed plans name) at start-up, for
 * the local run and the tests. The scripts are idempotent, so a restart keeps existing data. Never on in production.
 * Not a Flyway location, because Flyway's locations are fixed when the application is built.
 */
@ApplicationScoped
class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final List<String> SCRIPTS = List.of("db/demo/organizations.sql");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "techmarket.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    void load(@Observes StartupEvent start) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS) {
                statement.execute(read(script));
                LOG.infof("demo data loaded: %s", script);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
