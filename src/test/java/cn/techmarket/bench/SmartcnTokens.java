package cn.techmarket.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits texts into words as the index does (Elasticsearch's smartcn tokenizer, through {@code _analyze}), keeping
 * each word's original spelling and the punctuation, so that words can be joined into readable text again.
 */
final class SmartcnTokens {
    private static final int BATCH = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SmartcnTokens() {
    }

    static List<List<String>> of(String elasticsearch, List<String> texts) throws Exception {
        List<List<String>> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            ObjectNode body = JSON.createObjectNode().put("tokenizer", "smartcn_tokenizer");
            batch.forEach(body.putArray("text")::add);
            JsonNode tokens = JSON.readTree(Load.body(Load.post(elasticsearch + "/_analyze", body.toString()))).path("tokens");
            // the texts of one request share an offset space: each starts one past the end of the previous one
            int text = 0;
            int base = 0;
            List<String> current = new ArrayList<>();
            for (JsonNode t : tokens) {
                int start = t.path("start_offset").asInt();
                while (start >= base + batch.get(text).length() + 1) {
                    out.add(current);
                    current = new ArrayList<>();
                    base += batch.get(text++).length() + 1;
                }
                current.add(batch.get(text).substring(start - base, t.path("end_offset").asInt() - base));
            }
            while (text < batch.size()) {
                out.add(current);
                current = new ArrayList<>();
                text++;
            }
        }
        return out;
    }
}
