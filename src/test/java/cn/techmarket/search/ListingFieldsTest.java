package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field names live in ListingFields only: the index mapping, the typed document and the constants name the same
 * fields, so a field renamed in one place and not the others fails here rather than as an empty facet in production.
 */
class ListingFieldsTest {
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void the_index_mapping_maps_exactly_the_named_fields() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SearchIndex.MAPPING)) {
            List<String> mapped = new ArrayList<>();
            json.readTree(in).path("mappings").path("properties").fieldNames().forEachRemaining(mapped::add);
            assertThat(mapped).containsExactlyElementsOf(ListingFields.ALL);
        }
    }

    @Test
    void the_document_writes_the_named_fields_and_reads_back_what_it_wrote() throws Exception {
        ListingDocument doc = new ListingDocument(7L, ListingKind.RESULT, "耐高温涂层", "摘要", "正文", List.of("涂层"),
                new ListingDocument.Suggest(List.of("耐高温涂层", "涂层")), "C3", "C", "510104", "510100",
                List.of("510104", "510100", "510000"), List.of("CDMZ"), "PILOT", 6, List.of("TRANSFER"), List.of("PATENT"),
                null, true, false, 1_000_000L, "LT_10W", "1万元", 3L, "成都某院", Instant.parse("2026-12-01T02:03:04.5Z"),
                LocalDate.parse("2027-06-01"), new float[] {0.5f});
        JsonNode written = json.valueToTree(doc);
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(ListingFields.ALL);
        assertThat(written.path(ListingFields.PUBLISHED_AT).asText()).isEqualTo("2026-12-01T02:03:04.500Z");
        assertThat(written.path(ListingFields.SUGGEST).path("input")).hasSize(2);

        ListingDocument read = ListingDocuments.read(written);
        assertThat(read.trl()).isEqualTo(6);
        assertThat(read.industryL1()).isEqualTo("C");
        assertThat(read.publishedAt()).isEqualTo(doc.publishedAt());
        assertThat(read.regionGroups()).containsExactly("CDMZ");
    }

    @Test
    void a_stored_document_with_a_control_character_still_reads() {
        // requests refuse control characters (web.StrictJson); a document already stored (bulk-loaded real texts)
        // must still be read, or one such listing fails a whole search or match list
        JsonNode stored = json.createObjectNode().put(ListingFields.ID, 7).put(ListingFields.TITLE, "热处理\u0001工艺")
                .put(ListingFields.PUBLISHED_AT, "2026-12-01T08:00:00Z");
        ListingDocument read = ListingDocuments.read(stored);
        assertThat(read.title()).isEqualTo("热处理\u0001工艺");
        assertThat(read.publishedAt()).isEqualTo(java.time.Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void a_listing_without_a_vector_has_no_embedding_key_and_boosts_read_as_elasticsearch_writes_them() {
        ListingDocument doc = new ListingDocument(1L, ListingKind.NEED, "t", null, null, List.of(), null, null, null,
                null, null, List.of(), List.of(), null, null, List.of(), List.of(), null, null, null, null, null, null,
                null, null, null, null, null);
        assertThat(json.valueToTree(doc).has(ListingFields.EMBEDDING)).isFalse();
        assertThat(ListingFields.boosted(ListingFields.TITLE, 3)).isEqualTo("title^3");
        assertThat(ListingFields.boosted(ListingFields.bigram(ListingFields.BODY), 0.3)).isEqualTo("body.bigram^0.3");
    }
}
