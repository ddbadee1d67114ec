package cn.techmarket.testsupport;

import cn.techmarket.localstack.TestServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the real PostgreSQL, Elasticsearch and Keycloak for the test JVM (or reuses those of a running
 * `deploy/local/tm services`) and points the application at them. One instance serves every @QuarkusTest.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {
    private TestServices services;

    @Override
    public Map<String, String> start() {
        try {
            services = TestServices.start(Path.of(System.getProperty("techmarket.local.home", "deploy/local")));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the local stack", e);
        }
        return services.quarkusConfig();
    }

    @Override
    public void stop() {
        if (services != null) {
            try {
                services.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the local stack", e);
            }
        }
    }
}
