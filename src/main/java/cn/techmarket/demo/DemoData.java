package cn.techmarket.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * the local run and the tests; in the local run also the demo users' memberships and a generated catalogue of
 * listings ({@link CatalogueLoader}), then the demo users' work on it ({@link #WORKBENCH}). The scripts are
 * idempotent, so a restart keeps existing data. Never on in production.
 * Not a Flyway location, because Flyway's locations are fixed when the application is built.
 */
@ApplicationScoped
class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String ORGANIZATIONS = "db/demo/organizations.sql";
    /** Puts the demo Keycloak users (fixed ids) into demo organizations: the local run only, not the tests. */
    static final String MEMBERSHIPS = "db/demo/memberships.sql";
    /**
     * The demo users' work on the catalogue (broker profiles, claims, deals in every stage, docking log, interests,
     * subscriptions, inbox): with the memberships, after the catalogue, once (the script checks).
     */
    static final String WORKBENCH = "db/demo/workbench.sql";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoConfig config;
    @Inject
    CatalogueLoader catalogue;

    void load(@Observes StartupEvent start) throws SQLException {
        if (!config.enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : config.memberships() ? List.of(ORGANIZATIONS, MEMBERSHIPS) : List.of(ORGANIZATIONS)) {
                statement.execute(read(script));
                LOG.infof("demo data loaded: %s", script);
            }
        }
        catalogue.loadDemo(config.listings(), config.seed());
        if (config.memberships()) {
            // the demo users' work is a convenience: if it cannot be written (say, data entered by hand is in the
            // way), the application starts without it; the script is one statement, so nothing half-done stays
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(read(WORKBENCH));
                LOG.infof("demo data loaded: %s", WORKBENCH);
            } catch (SQLException e) {
                LOG.warnf("demo data not loaded: %s: %s", WORKBENCH, e.getMessage());
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
