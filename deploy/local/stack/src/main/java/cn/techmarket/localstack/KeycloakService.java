package cn.techmarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26.7.3 from its Maven distribution, in dev mode with an in-memory database: the realm file in
 * deploy/keycloak is imported at every start, so the demo users are always exactly those of the file.
 */
final class KeycloakService implements AutoCloseable {
    static final String VERSION = "26.7.3";
    static final String REALM = "techmarket";
    private final ChildProcess process;
    private final String url;
    private final MailCatcher mail;

    private KeycloakService(ChildProcess process, String url, MailCatcher mail) {
        this.process = process;
        this.url = url;
        this.mail = mail;
    }

    static KeycloakService start(Path localHome, int requestedPort, Path logs) throws IOException {
        Path dist = localHome.resolve("target/keycloak-" + VERSION);
        Path kcSh = dist.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException(kcSh + " is missing: build it with `mvn -f deploy/local/pom.xml install`");
        }
        kcSh.toFile().setExecutable(true);
        Path imports = Files.createDirectories(dist.resolve("data/import"));
        Files.copy(localHome.resolve("../keycloak/" + REALM + "-realm.json"), imports.resolve(REALM + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        copyThemes(localHome.resolve("../keycloak/themes"), dist.resolve("themes"));
        int port = Ports.freeOr(requestedPort);
        int managementPort = Ports.freeOr(0);
        String url = "http://127.0.0.1:" + port;
        // kc.sh ignores a closed stdin, so a small bash wrapper turns end-of-file into SIGTERM (no orphans);
        // fd 3 keeps the pipe, because bash gives background jobs /dev/null as their stdin
        String watchdog = "exec 3<&0; \"$0\" \"$@\" </dev/null & kc=$!; trap 'kill -TERM $kc; wait $kc; exit 0' TERM;"
                + " (cat <&3 >/dev/null; kill -TERM $kc 2>/dev/null) & wait $kc";
        List<String> command = List.of("bash", "-c", watchdog, kcSh.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--db=dev-mem", "--import-realm", "--hostname=" + url, "--log-level=warn");
        Map<String, String> env = Map.of("JAVA_HOME", Java.home(), "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        ChildProcess process = ChildProcess.start("keycloak", command, env, logs.resolve("keycloak.log"));
        try {
            String discovery = url + "/realms/" + REALM + "/.well-known/openid-configuration";
            // generous: a run pinned to one busy core (issue 9's slow-machine check) took over 4 minutes to get here
            Wait.until(() -> Http.status("GET", discovery) == 200, process, Duration.ofMinutes(12), "ready");
            return new KeycloakService(process, url, MailCatcher.start(logs.resolve("mail.log")));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** The site's login theme (deploy/keycloak/themes), fresh at every start like the realm. */
    private static void copyThemes(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        if (mail != null) {
            mail.close();
        }
        process.close();
    }
}
