package cn.techmarket.testsupport;

import cn.techmarket.localstack.RestartableElasticsearch;
import cn.techmarket.localstack.TestServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the real PostgreSQL, Elasticsearch and Keycloak for the test JVM (or reuses those of a running
 * `deploy/local/tm services`) and points the application at them. One instance serves every @QuarkusTest.
 * Tests under {@link OwnElasticsearch} get an Elasticsearch node of their own, which they may stop and start.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {
    private TestServices services;
    private String profile;

    @Override
    public void setContext(Context context) {
        profile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        Path localHome = Path.of(System.getProperty("techmarket.local.home", "deploy/local"));
        try {
            services = TestServices.start(localHome);
            Map<String, String> config = new HashMap<>(services.quarkusConfig());
            if (ownsElasticsearch(profile)) {
                RestartableElasticsearch node = RestartableElasticsearch.start(localHome);
                OwnElasticsearch.node = node;
                config.put("quarkus.elasticsearch.hosts", node.host());
            }
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the local stack", e);
        }
    }

    /** The profile is OwnElasticsearch or extends it (the profile comes by name, from another class loader). */
    private static boolean ownsElasticsearch(String profile) {
        if (profile == null) {
            return false;
        }
        try {
            for (Class<?> c = Class.forName(profile, false, Thread.currentThread().getContextClassLoader()); c != null;
                 c = c.getSuperclass()) {
                if (c.getName().equals(OwnElasticsearch.class.getName())) {
                    return true;
                }
            }
        } catch (ClassNotFoundException e) {
            return false;
        }
        return false;
    }

    @Override
    public void stop() {
        if (OwnElasticsearch.node != null) {
            OwnElasticsearch.node.close();
            OwnElasticsearch.node = null;
        }
        if (services != null) {
            try {
                services.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the local stack", e);
            }
        }
    }
}
