package cn.techmarket.search;

import java.util.List;

/**
 * The one place that names the fields of a listing's search document. The document ({@link ListingDocument}),
 * queries, aggregations, sorts and highlights use these constants; {@code search/listing-index.json} maps exactly
 * {@link #ALL} (ListingFieldsTest compares them), so a field renamed here and not there fails a test, not a search.
 */
public final class ListingFields {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    /** Indexed for words only: excluded from _source (details are long and gated on the listing page). */
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    /** Completion field: {@code {"input": [...]}}. */
    public static final String SUGGEST = "suggest";
    public static final String INDUSTRY = "industry";
    public static final String INDUSTRY_L1 = "industry_l1";
    public static final String REGION = "region";
    public static final String REGION_CITY = "region_city";
    public static final String REGION_PATH = "region_path";
    public static final String REGION_GROUPS = "region_groups";
    public static final String STAGE = "stage";
    public static final String TRL = "trl";
    public static final String MODES = "modes";
    public static final String IP_TYPES = "ip_types";
    public static final String NEED_CLASS = "need_class";
    public static final String RIGHTS_CONFIRMED = "rights_confirmed";
    public static final String PRICE_NEGOTIABLE = "price_negotiable";
    public static final String PRICE_CENTS = "price_cents";
    public static final String PRICE_BAND = "price_band";
    public static final String PRICE_TEXT = "price_text";
    public static final String OWNER_ORG_ID = "owner_org_id";
    public static final String OWNER_NAME = "owner_name";
    public static final String PUBLISHED_AT = "published_at";
    public static final String EXPIRES_AT = "expires_at";
    public static final String EMBEDDING = "embedding";

    /** Every field of the mapping, in document order. */
    public static final List<String> ALL = List.of(ID, KIND, TITLE, SUMMARY, BODY, KEYWORDS, SUGGEST, INDUSTRY,
            INDUSTRY_L1, REGION, REGION_CITY, REGION_PATH, REGION_GROUPS, STAGE, TRL, MODES, IP_TYPES, NEED_CLASS,
            RIGHTS_CONFIRMED, PRICE_NEGOTIABLE, PRICE_CENTS, PRICE_BAND, PRICE_TEXT, OWNER_ORG_ID, OWNER_NAME,
            PUBLISHED_AT, EXPIRES_AT, EMBEDDING);

    private ListingFields() {
    }

    /** The word-pair sub-field of a text field (title.bigram …), for phrase matching of Chinese text. */
    static String bigram(String field) {
        return field + ".bigram";
    }

    /** A field with a query-time boost, as multi_match and more_like_this take it ({@code title^3}). */
    static String boosted(String field, double boost) {
        return field + "^" + (boost == Math.rint(boost) ? String.valueOf((long) boost) : String.valueOf(boost));
    }
}
