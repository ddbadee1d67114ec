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
        PostgresService service = new PostgresService(builder.start());
        service.createDatabaseIfAbsent(DATABASE);
        return service;
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
