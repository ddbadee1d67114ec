package cn.techmarket.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * `services`: start PostgreSQL, Elasticsearch and Keycloak with persistent data and publish where they are, so that
 * test runs can reuse them. `run`: the same, then the application on http://127.0.0.1:8080 with demo data.
 */
public final class Main {
    private Main() {
    }

    static Path servicesFile(Path localHome) {
        return localHome.resolve(".data/services.properties");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("run", "services").contains(args[0])) {
            System.err.println("usage: Main run|services <deploy/local folder> [app jar] [http port] [keycloak port]");
            System.exit(2);
        }
        Path localHome = Path.of(args[1]).toAbsolutePath().normalize();
        int keycloakPort = args.length > 4 ? Integer.parseInt(args[4]) : 8180;
        Path dataDir = localHome.resolve(".data");
        Path servicesFile = servicesFile(localHome);

        Endpoints running = Endpoints.readIfAlive(servicesFile);
        LocalStack stack = null;
        Endpoints endpoints;
        if (running != null) {
            System.out.println("[local-stack] using the services already running (" + servicesFile + ")");
            endpoints = running;
        } else {
            long t0 = System.nanoTime();
            stack = LocalStack.start(localHome, dataDir, true, keycloakPort);
            endpoints = stack.endpoints();
            endpoints.write(servicesFile, ProcessHandle.current().pid());
            System.out.printf("[local-stack] PostgreSQL, Elasticsearch and Keycloak up in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
        System.out.println("[local-stack] PostgreSQL     " + endpoints.jdbcUrl());
        System.out.println("[local-stack] Elasticsearch  http://" + endpoints.elasticsearchHost());
        System.out.println("[local-stack] Keycloak       " + endpoints.keycloakUrl() + " (realm " + endpoints.realm() + ")");
        AtomicReference<Process> app = new AtomicReference<>();
        LocalStack owned = stack;
        // one hook, so that the application stops before the services it uses
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopApplication(app.get());
            if (owned != null) {
                try {
                    Files.deleteIfExists(servicesFile);
                } catch (Exception ignored) {
                    // the file names a dead pid from now on, which readers treat as absent
                }
                owned.close();
            }
        }));
        if (args[0].equals("services")) {
            System.out.println("[local-stack] services are up; Ctrl-C stops them");
            Thread.currentThread().join();
        }
        app.set(startApplication(Path.of(args[2]), args.length > 3 ? args[3] : "8080", endpoints));
        System.exit(app.get().waitFor());
    }

    private static void stopApplication(Process app) {
        if (app == null) {
            return;
        }
        app.destroy();
        try {
            app.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Process startApplication(Path jar, String httpPort, Endpoints endpoints) throws Exception {
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-Xmx768m", "-Dquarkus.profile=local",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + httpPort));
        for (Map.Entry<String, String> e : endpoints.quarkusConfig().entrySet()) {
            command.add("-D" + e.getKey() + "=" + e.getValue());
        }
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command).inheritIO().start();
    }
}
