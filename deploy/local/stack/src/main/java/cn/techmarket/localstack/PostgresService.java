package cn.techmarket.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL 17 from zonky's binaries: a throw-away cluster for tests, a kept data directory for local runs. */
final class PostgresService implements AutoCloseable {
    static final String DATABASE = "techmarket";
    private final EmbeddedPostgres postgres;

    private PostgresService(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresService start(Path dataDirectory, boolean persistent) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!persistent);
        if (persistent) {
            durable(builder);
        }
        PostgresService service = new PostgresService(builder.start());
        service.createDatabaseIfAbsent(DATABASE);
        return service;
    }

    /**
     * zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off, which suits a throw-away test cluster.
     * A kept data directory holds a user's work: a crash must not corrupt it or lose a commit. The -c options come
     * after -F on the command line, and the later option wins.
     */
    static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    void createDatabaseIfAbsent(String database) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createDatabaseIfAbsent(s, database);
        }
    }

    static void createDatabaseIfAbsent(Statement admin, String database) throws SQLException {
        try (ResultSet rs = admin.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (rs.next()) {
                return;
            }
        }
        admin.execute("create database \"" + database + "\" encoding 'UTF8' template template0");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
