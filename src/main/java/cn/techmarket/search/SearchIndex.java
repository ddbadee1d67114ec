package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The writes the application makes to Elasticsearch: indices behind aliases, bulk upserts and deletes. */
@ApplicationScoped
public class SearchIndex {
    static final String MAPPING = "search/listing-index.json";
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexNames names;
    private volatile boolean ensured;

    /**
     * Creates each kind's first index and its alias when missing (first start, or a new index prefix). Synchronized:
     * two workers racing here would each create an index under the one alias, and Elasticsearch then refuses every
     * write to an alias with two indices and no write index.
     */
    synchronized void ensure() throws IOException {
        if (ensured) {
            return;
        }
        for (ListingKind kind : ListingKind.values()) {
            String alias = names.alias(kind);
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = names.newIndex(kind);
                create(index);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            } else {
                addNewFields(alias);
            }
        }
        ensured = true;
    }

    /**
     * An index made by an older release lacks the fields added since (such as embedding); Elasticsearch accepts new
     * fields on a live index, so they are added in place and a reindex is only needed to fill them for old documents.
     */
    private void addNewFields(String alias) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MAPPING)) {
            var mappings = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in).get("mappings");
            mappings.remove("_source"); // fixed when an index is created; only new fields can be added in place
            client.indices().putMapping(p -> p.index(alias).withJson(new java.io.StringReader(mappings.toString())));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // a changed field cannot be altered in place: the index keeps working, and a reindex brings the new mapping
            org.jboss.logging.Logger.getLogger(SearchIndex.class).warnf("mapping of %s not updated (reindex to apply): %s",
                    alias, e.getMessage());
        }
    }

    void create(String index) throws IOException {
        try (InputStream mapping = Thread.currentThread().getContextClassLoader().getResourceAsStream(MAPPING)) {
            client.indices().create(c -> c.withJson(mapping).index(index));
        }
    }

    /**
     * Upserts and deletes by listing id; returns the ids Elasticsearch refused (a missing doc is not refused). An item
     * answered 429 or 5xx (shards not yet started after a restart, a full write queue) is the node's trouble, not the
     * listing's: it fails the whole call as an outage does, so the outbox backs off without ever parking those rows.
     */
    Set<Long> bulk(String target, List<ListingDocument> upserts, List<Long> deletes, long version) throws IOException {
        if (upserts.isEmpty() && deletes.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (ListingDocument doc : upserts) {
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(doc.id().toString()).document(doc)
                    .version(version).versionType(VersionType.ExternalGte))));
        }
        for (Long id : deletes) {
            operations.add(BulkOperation.of(b -> b.delete(d -> d.index(target).id(id.toString())
                    .version(version).versionType(VersionType.ExternalGte))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<Long> refused = new HashSet<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && (item.status() == 429 || item.status() >= 500)) {
                    throw new IOException("Elasticsearch cannot take writes now (" + item.status() + "): "
                            + item.error().reason());
                }
                // 404: nothing to delete; 409: a read that started later is already in the index, and it wins
                if (item.error() != null && item.status() != 404 && item.status() != 409) {
                    refused.add(Long.parseLong(item.id()));
                }
            }
        }
        return refused;
    }

    List<String> indicesBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return new ArrayList<>(client.indices().getAlias(a -> a.name(alias)).aliases().keySet());
    }

    /** Points the alias at the new index in one atomic step, then drops the indices it pointed at before. */
    void swap(String alias, String newIndex) throws IOException {
        List<String> old = indicesBehind(alias);
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(newIndex).alias(alias)));
            old.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias))));
            return u;
        });
        for (String index : old) {
            client.indices().delete(d -> d.index(index));
        }
    }

    void refresh(String indexOrAlias) throws IOException {
        client.indices().refresh(r -> r.index(indexOrAlias));
    }
}
