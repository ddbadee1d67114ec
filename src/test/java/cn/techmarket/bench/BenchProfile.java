package cn.techmarket.bench;

import cn.techmarket.testsupport.OwnElasticsearch;

import java.util.Map;

/**
 * The benchmark runs against an Elasticsearch node of its own ({@link OwnElasticsearch}): its CPU time per request
 * is then the benchmark's alone, and it can be pinned to a core without touching the node other developers share.
 * It writes the vectors of its listings itself (see {@link CorpusVectors}), so the embedding worker stays off:
 * embedding them all on two cores would take longer than the whole benchmark may.
 */
public class BenchProfile extends OwnElasticsearch {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("techmarket.search.embedding-enabled", "false");
    }
}
