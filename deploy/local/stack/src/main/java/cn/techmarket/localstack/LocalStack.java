package cn.techmarket.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts PostgreSQL, Elasticsearch and Keycloak side by side (Keycloak dominates: ~20-40 s) and stops all three
 * together. Used by the tests' lifecycle manager ({@link TestServices}) and by the run command ({@link Main}).
 */
public final class LocalStack implements AutoCloseable {
    private final List<AutoCloseable> services;
    private final Endpoints endpoints;

    private LocalStack(List<AutoCloseable> services, Endpoints endpoints) {
        this.services = services;
        this.endpoints = endpoints;
    }

    /**
     * @param localHome    the deploy/local folder (holds the built Elasticsearch node and the Keycloak distribution)
     * @param workDir      where data and logs go
     * @param persistent   keep PostgreSQL's data directory between runs
     * @param keycloakPort 0 for any free port
     */
    public static LocalStack start(Path localHome, Path workDir, boolean persistent, int keycloakPort) {
        Path logs = workDir.resolve("logs");
        var keycloak = CompletableFuture.supplyAsync(() -> unchecked(() ->
                KeycloakService.start(localHome, keycloakPort, logs)));
        var elasticsearch = CompletableFuture.supplyAsync(() -> unchecked(() ->
                ElasticsearchService.start(localHome, workDir.resolve("elasticsearch"), logs)));
        var postgres = CompletableFuture.supplyAsync(() -> unchecked(() ->
                PostgresService.start(workDir.resolve("postgres"), persistent)));
        List<AutoCloseable> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<? extends AutoCloseable> service : List.of(postgres, elasticsearch, keycloak)) {
            try {
                started.add(service.join());
            } catch (CompletionException e) {
                failure = failure == null ? new IllegalStateException("local stack failed to start", e.getCause()) : failure;
            }
        }
        LocalStack stack = new LocalStack(started, failure == null ? new Endpoints(
                postgres.join().jdbcUrl(PostgresService.DATABASE), "postgres", "",
                elasticsearch.join().host(), keycloak.join().url(), KeycloakService.REALM) : null);
        if (failure != null) {
            stack.close();
            throw failure;
        }
        return stack;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        for (AutoCloseable service : services.reversed()) {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("[local-stack] could not stop " + service + ": " + e);
            }
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(ThrowingSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
