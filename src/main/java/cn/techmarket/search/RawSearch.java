package cn.techmarket.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Sends a search body (built as JSON by the caller) to Elasticsearch and reads the answer as one JSON tree. The
 * typed Java client would parse every hit, aggregation and highlight into its own classes, which we then turned
 * back into JSON: at 16 concurrent clients on two cores that double conversion was the largest part of the
 * application's overhead over the raw query (see docs/benchmarks.md). A failed request is an IOException, as before.
 */
@ApplicationScoped
class RawSearch {
    @Inject
    RestClient rest;
    @Inject
    ObjectMapper json;

    JsonNode search(List<String> indices, String body) throws IOException {
        return post("/" + String.join(",", indices) + "/_search", body);
    }

    /** A search whose body names a point in time (which names the indices itself). */
    JsonNode searchInTime(String body) throws IOException {
        return post("/_search", body);
    }

    /** Opens a point in time over the indices: the view of them that the following pages read. */
    String openPointInTime(List<String> indices, String keepAlive) throws IOException {
        return post("/" + String.join(",", indices) + "/_pit?keep_alive=" + keepAlive, null).path("id").asText();
    }

    private JsonNode post(String path, String body) throws IOException {
        Request request = new Request("POST", path);
        if (body != null) {
            request.setJsonEntity(body);
        }
        try (InputStream in = rest.performRequest(request).getEntity().getContent()) {
            return json.readTree(in);
        }
    }
}
