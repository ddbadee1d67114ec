package cn.techmarket.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the three local services answer. {@link #quarkusConfig()} is the only place that turns them into the
 * application's configuration, for the tests and for the run command alike.
 */
public record Endpoints(String jdbcUrl, String dbUser, String dbPassword, String elasticsearchHost,
                        String keycloakUrl, String realm) {

    public String oidcServerUrl() {
        return keycloakUrl + "/realms/" + realm;
    }

    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", dbUser);
        config.put("quarkus.datasource.password", dbPassword);
        config.put("quarkus.elasticsearch.hosts", elasticsearchHost);
        config.put("quarkus.oidc.auth-server-url", oidcServerUrl());
        return config;
    }

    public Endpoints withJdbcUrl(String otherJdbcUrl) {
        return new Endpoints(otherJdbcUrl, dbUser, dbPassword, elasticsearchHost, keycloakUrl, realm);
    }

    void write(Path file, long launcherPid) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(launcherPid));
        p.setProperty("jdbcUrl", jdbcUrl);
        p.setProperty("dbUser", dbUser);
        p.setProperty("dbPassword", dbPassword);
        p.setProperty("elasticsearchHost", elasticsearchHost);
        p.setProperty("keycloakUrl", keycloakUrl);
        p.setProperty("realm", realm);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "TechMarket local services; deleted when the launcher stops");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The services a still-running launcher published, or null when there are none. */
    static Endpoints readIfAlive(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return null;
        }
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            return null;
        }
        return new Endpoints(p.getProperty("jdbcUrl"), p.getProperty("dbUser"), p.getProperty("dbPassword"),
                p.getProperty("elasticsearchHost"), p.getProperty("keycloakUrl"), p.getProperty("realm"));
    }
}
