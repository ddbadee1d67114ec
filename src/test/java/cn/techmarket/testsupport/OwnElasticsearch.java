package cn.techmarket.testsupport;

import cn.techmarket.localstack.RestartableElasticsearch;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A test profile whose application talks to an Elasticsearch node of its own, so the test can really stop it and
 * start it again without disturbing the node every other test shares. Its outbox backs off at most 2^2 = 4 s and
 * parks a refused row after 3 attempts, so an outage of a few seconds is longer than the longest back-off and longer
 * than parking would allow; a rebuild copies 10 listings a page, so a test can hold it between pages. No embeddings:
 * their worker re-enqueues each listing it embeds, a second way into the index that could hide a lost write (and it
 * costs CPU these tests do not need).
 */
public class OwnElasticsearch implements QuarkusTestProfile {
    static volatile RestartableElasticsearch node;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("techmarket.search.max-backoff-exponent", "2", "techmarket.search.max-attempts", "3",
                "techmarket.search.reindex-page-size", "10", "techmarket.search.embedding-enabled", "false");
    }

    public static RestartableElasticsearch node() {
        if (node == null) {
            throw new IllegalStateException("no own Elasticsearch node: run the test under @TestProfile(OwnElasticsearch.class)");
        }
        return node;
    }

    /** How the node is stopped: TERM lets it close its shards; KILL (kill -9) ends it mid-write, as a crash does. */
    public enum Stop {
        SIGTERM, SIGKILL
    }

    public static void stop(Stop how) {
        if (how == Stop.SIGKILL) {
            kill();
        }
        node().stop(); // after a KILL this only forgets the dead process
    }

    public static void startAgain() {
        try {
            node().startAgain();
        } catch (IOException e) {
            throw new IllegalStateException("the own Elasticsearch node did not start again", e);
        }
    }

    /**
     * SIGKILL to the node's JVM (and anything it started). RestartableElasticsearch (in the shared local-stack jar)
     * has no handle to give out, so the process is found among this JVM's children by the working directory it was
     * started with (RestartableElasticsearch's "techmarket-es-outage" temporary directory).
     */
    private static void kill() {
        List<ProcessHandle> nodes = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("cn.techmarket.esnode.EsNodeMain"))
                .filter(p -> p.info().commandLine().orElse("").contains("techmarket-es-outage"))
                .toList();
        if (nodes.size() != 1) {
            throw new IllegalStateException("expected one own Elasticsearch process, found " + nodes.size());
        }
        ProcessHandle es = nodes.getFirst();
        List<ProcessHandle> tree = new java.util.ArrayList<>(es.descendants().toList());
        tree.add(es);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Elasticsearch process " + p.pid() + " survived SIGKILL", e);
            }
        }
    }
}
