package cn.techmarket.search;

import cn.techmarket.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code after=} of a results page: the last hit's sort values and, from the second page on, the point in
 * time the pages are read from. A point in time keeps one view of the index while others write, so the pages that
 * follow have no gaps and no repeats; the first page has none (opening one per search would exhaust the node's open
 * contexts), so only its boundary with the second page reads the live index, where search_after still keeps order.
 */
record Cursor(ArrayNode sortValues, String pit) {
    /** Sort values of a relevance search (_score, published_at, id) or another (field, id); a point in time adds one. */
    static int sortLength(String sort) {
        return "relevance".equals(sort) ? 3 : 2;
    }

    static Cursor decode(String text, String sort, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
            ArrayNode values = node != null && node.isObject() && node.path("s").isArray() ? (ArrayNode) node.get("s") : null;
            String pit = node != null && node.path("p").isTextual() ? node.get("p").asText() : null;
            int expected = sortLength(sort);
            // a cursor of another sort order (or made up) cannot continue this one: Elasticsearch would refuse it
            if (values == null || values.size() < expected || values.size() > expected + 1
                    || (values.size() == expected + 1 && pit == null)) {
                throw new IllegalArgumentException("not a cursor of this sort");
            }
            for (JsonNode v : values) {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException("sort values are numbers");
                }
            }
            return new Cursor(values, pit);
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidInputException("after", "{cursor.format}");
        }
    }

    String encode(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.set("s", sortValues);
        if (pit != null) {
            node.put("p", pit);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }
}
