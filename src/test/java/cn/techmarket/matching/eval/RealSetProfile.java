package cn.techmarket.matching.eval;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Matching as shipped, except that industry and region weigh nothing: the real listings carry neither (their
 * required columns hold one placeholder, {@link RealListings}), and a factor of weight zero counts exactly as an
 * unknown one in {@code StructuredFit.fit}. Everything else (the blend, RRF, blocking) is the default.
 */
public class RealSetProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("techmarket.matching.weights.industry", "0", "techmarket.matching.weights.region", "0");
    }
}
