package cn.techmarket.esnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Development/test only: starts a single-node Elasticsearch 9.5.3 from the server jars on the class path.
 * <p>
 * This class must not touch any Elasticsearch class before {@code es.nativelibs.path} is set: the native-access
 * layer reads it once, when it initializes. All Elasticsearch code therefore lives in {@link EsNodeRunner}.
 * <pre>
 * EsNodeMain --home DIR --port-file FILE [--port 0|N] [--cluster-name NAME] [--no-stdin-watch]
 * </pre>
 */
public final class EsNodeMain {

    private static final List<Path> ZSTD_CANDIDATES = List.of(
        Path.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1"),
        Path.of("/lib/x86_64-linux-gnu/libzstd.so.1"),
        Path.of("/usr/lib/aarch64-linux-gnu/libzstd.so.1"),
        Path.of("/lib/aarch64-linux-gnu/libzstd.so.1"),
        Path.of("/usr/lib64/libzstd.so.1"),
        Path.of("/usr/lib/libzstd.so.1"),
        Path.of("/lib64/libzstd.so.1")
    );

    private EsNodeMain() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("es-node: " + e.getMessage());
            System.err.println(
                "usage: EsNodeMain --home DIR --port-file FILE [--port 0|N] [--cluster-name NAME] [--no-stdin-watch]"
            );
            System.exit(2);
            return;
        }
        try {
            Files.createDirectories(options.home());
            prepareNativeLibs(options.home());
        } catch (IOException e) {
            System.err.println("es-node: cannot prepare " + options.home() + ": " + e);
            System.exit(1);
            return;
        }
        EsNodeRunner.run(options);
    }

    /** Links {@code <home>/native/libzstd.so} to the system's libzstd.so.1 and points es.nativelibs.path at it. */
    static void prepareNativeLibs(Path home) throws IOException {
        if (System.getProperty("es.nativelibs.path") != null) {
            return; // set explicitly on the command line: respect it
        }
        Path target = findZstd();
        if (target == null) {
            System.err.println("es-node: WARNING no libzstd.so.1 found; best_compression indices will fail (apt-get install libzstd1)");
            return;
        }
        Path nativeDir = home.resolve("native").toAbsolutePath();
        Files.createDirectories(nativeDir);
        Path link = nativeDir.resolve("libzstd.so");
        boolean ok = Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target) && Files.exists(link);
        if (!ok) {
            Path tmp = nativeDir.resolve("libzstd.so." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, target);
            Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.setProperty("es.nativelibs.path", nativeDir.toString());
    }

    private static Path findZstd() throws IOException {
        for (Path p : ZSTD_CANDIDATES) {
            if (Files.exists(p)) {
                return p;
            }
        }
        for (String dir : List.of("/usr/lib", "/lib", "/usr/lib64", "/usr/local/lib")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var s = Files.find(d, 2, (p, a) -> p.getFileName().toString().equals("libzstd.so.1"))) {
                var found = s.findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }

    record Options(Path home, Path portFile, int port, String clusterName, boolean watchStdin) {
        static Options parse(String[] args) {
            Path home = null;
            Path portFile = null;
            int port = 0;
            String clusterName = "techmarket-local";
            boolean watchStdin = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--home" -> home = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--port-file" -> portFile = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                    case "--port" -> {
                        try {
                            port = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port needs a number");
                        }
                        if (port < 0 || port > 65535) {
                            throw new IllegalArgumentException("--port out of range: " + port);
                        }
                    }
                    case "--cluster-name" -> clusterName = value(args, ++i, a);
                    case "--no-stdin-watch" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            if (portFile == null) {
                throw new IllegalArgumentException("--port-file is required");
            }
            return new Options(home, portFile, port, clusterName, watchStdin);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }

}
