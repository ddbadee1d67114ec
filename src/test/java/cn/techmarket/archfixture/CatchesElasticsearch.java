package cn.techmarket.archfixture;

/** ArchitectureTest fixture: outside search, catches the Elasticsearch client's exception (and imports nothing else of it). */
public class CatchesElasticsearch {
    int attempt(Runnable call) {
        try {
            call.run();
            return 0;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            return 1;
        }
    }
}
