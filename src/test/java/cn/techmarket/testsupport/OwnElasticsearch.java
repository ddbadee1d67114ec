package cn.techmarket.testsupport;

import cn.techmarket.localstack.RestartableElasticsearch;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose application talks to an Elasticsearch node of its own, so the test can really stop it and
 * start it again without disturbing the node every other test shares.
 */
public class OwnElasticsearch implements QuarkusTestProfile {
    static volatile RestartableElasticsearch node;

    public static RestartableElasticsearch node() {
        if (node == null) {
            throw new IllegalStateException("no own Elasticsearch node: run the test under @TestProfile(OwnElasticsearch.class)");
        }
        return node;
    }
}
