package cn.techmarket.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Facets read in their natural order, and a highlighted word is one mark, not one per character. */
class FacetOrderTest {

    @Test
    void trl_stage_and_price_band_facets_keep_their_natural_order_others_stay_by_count() {
        List<SearchResult.Bucket> trl = List.of(b("7", 40), b("3", 90), b("9", 5), b("1", 2));
        assertThat(ListingSearch.naturalOrder("trl", trl)).extracting(SearchResult.Bucket::key).containsExactly("1", "3", "7", "9");
        assertThat(ListingSearch.naturalOrder("stage", List.of(b("INDUSTRIAL", 9), b("LAB", 1), b("PILOT", 5))))
                .extracting(SearchResult.Bucket::key).containsExactly("LAB", "PILOT", "INDUSTRIAL");
        assertThat(ListingSearch.naturalOrder("priceBand", List.of(b("FROM_100W", 9), b("LT_10W", 1))))
                .extracting(SearchResult.Bucket::key).containsExactly("LT_10W", "FROM_100W");
        List<SearchResult.Bucket> industry = List.of(b("MAT", 9), b("EQUIP", 3));
        assertThat(ListingSearch.naturalOrder("industry", industry)).isEqualTo(industry);
    }

    @Test
    void a_word_marked_character_by_character_becomes_one_mark() {
        assertThat(Highlights.wholeWords("高温<mark>涂</mark><mark>层</mark>寿命"))
                .isEqualTo("高温<mark>涂层</mark>寿命");
    }

    private static SearchResult.Bucket b(String key, long count) {
        return new SearchResult.Bucket(key, count);
    }
}
