package cn.techmarket.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The benchmark writes the vectors of its 100,000 listings itself (see {@link SearchBenchmark}), so the embedding
 * worker stays off: embedding them all on two cores would take longer than the whole benchmark may.
 */
public class BenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("techmarket.search.embedding-enabled", "false");
    }
}
