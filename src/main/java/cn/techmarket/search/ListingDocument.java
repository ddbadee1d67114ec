package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.techmarket.search.ListingFields.*;

/**
 * The search document of a published listing, as the Elasticsearch client's JSON mapper writes it and as search and
 * matching read it back from {@code _source}. Only public fields (details and contacts are gated and never indexed),
 * plus what facets need. A search asks for part of the source, so every component may be null when read back.
 */
public record ListingDocument(
        @JsonProperty(ID) Long id,
        @JsonProperty(KIND) ListingKind kind,
        @JsonProperty(TITLE) String title,
        @JsonProperty(SUMMARY) String summary,
        @JsonProperty(BODY) String body,
        @JsonProperty(KEYWORDS) List<String> keywords,
        @JsonProperty(SUGGEST) Suggest suggest,
        @JsonProperty(INDUSTRY) String industry,
        @JsonProperty(INDUSTRY_L1) String industryL1,
        @JsonProperty(REGION) String region,
        @JsonProperty(REGION_CITY) String regionCity,
        /** The region, its city and its province, most specific first. */
        @JsonProperty(REGION_PATH) List<String> regionPath,
        @JsonProperty(REGION_GROUPS) List<String> regionGroups,
        @JsonProperty(STAGE) String stage,
        @JsonProperty(TRL) Integer trl,
        @JsonProperty(MODES) List<String> modes,
        @JsonProperty(IP_TYPES) List<String> ipTypes,
        @JsonProperty(NEED_CLASS) String needClass,
        @JsonProperty(RIGHTS_CONFIRMED) Boolean rightsConfirmed,
        @JsonProperty(PRICE_NEGOTIABLE) Boolean priceNegotiable,
        /** The upper price (or the only one) in fen, for sorting and budget fit. */
        @JsonProperty(PRICE_CENTS) Long priceCents,
        @JsonProperty(PRICE_BAND) String priceBand,
        @JsonProperty(PRICE_TEXT) String priceText,
        @JsonProperty(OWNER_ORG_ID) Long ownerOrgId,
        @JsonProperty(OWNER_NAME) String ownerName,
        @JsonProperty(PUBLISHED_AT) Instant publishedAt,
        @JsonProperty(EXPIRES_AT) LocalDate expiresAt,
        /** Left out (not null) when the listing has no vector yet: a dense_vector field takes no null. */
        @JsonProperty(EMBEDDING) @JsonInclude(JsonInclude.Include.NON_NULL) float[] embedding) {

    /** What the completion suggester offers for the listing: its (shortened) title and its keywords. */
    public record Suggest(@JsonProperty("input") List<String> input) {
    }

    public List<String> keywordsOrEmpty() {
        return keywords == null ? List.of() : keywords;
    }

    public List<String> modesOrEmpty() {
        return modes == null ? List.of() : modes;
    }

    public List<String> regionGroupsOrEmpty() {
        return regionGroups == null ? List.of() : regionGroups;
    }
}
