package cn.techmarket.search;

import cn.techmarket.listing.ListingKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** Search parameters, identical in the API and in the results page's URL (so a search is shareable). */
public class SearchQuery {
    @QueryParam("q") @Size(max = 100, message = "{size.max100}") public String q;
    /** need or result; both when absent. */
    @QueryParam("type") public ListingKind type;
    /** A level-1 or level-2 industry code. */
    @QueryParam("industry") @Pattern(regexp = "[A-Z][A-Z0-9_.]{1,15}", message = "{industry.format}") public String industry;
    /** A GB/T 2260 code (covers what lies below) or a region group (CDMZ covers its four cities). */
    @QueryParam("region") @Pattern(regexp = "\\d{6}|[A-Z]{2,16}", message = "{region.format}") public String region;
    @QueryParam("stage") public cn.techmarket.listing.Stage stage;
    @QueryParam("trl") @Min(value = 1, message = "{trl.range}") @Max(value = 9, message = "{trl.range}") public Integer trl;
    @QueryParam("mode") public cn.techmarket.listing.Mode mode;
    @QueryParam("ipType") public cn.techmarket.listing.IpItem.Type ipType;
    @QueryParam("priceBand") public PriceBand priceBand;
    @QueryParam("needClass") public cn.techmarket.listing.NeedClass needClass;
    @QueryParam("sort") @DefaultValue("relevance") @Pattern(regexp = "relevance|newest|price_asc|price_desc", message = "{sort.format}") public String sort = "relevance";
    @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "{page.min}") @Max(value = 50, message = "{page.deep}") public int page = 1;
    @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = 100, message = "{size.range}") public int size = 20;
    /** The cursor of the previous page's last hit (search_after): deep paging at constant cost. */
    @QueryParam("after") @Size(max = 1000, message = "{cursor.format}") @Pattern(regexp = "[A-Za-z0-9_=-]*", message = "{cursor.format}") public String after;

    /**
     * all: a listing must have (nearly) all the words, as people expect of a search box; any: one word is enough,
     * ranked by how many and how well (what a search that found nothing falls back to).
     */
    @QueryParam("words") @DefaultValue("all") @Pattern(regexp = "all|any", message = "{words.format}") public String words = "all";

    public boolean anyWord() {
        return "any".equals(words);
    }

    /** The filters as URL parameters (without paging), for links that keep them. */
    public Map<String, String> asParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("type", type == null ? null : type.name());
        p.put("industry", industry);
        p.put("region", region);
        p.put("stage", stage == null ? null : stage.name());
        p.put("trl", trl == null ? null : trl.toString());
        p.put("mode", mode == null ? null : mode.name());
        p.put("ipType", ipType == null ? null : ipType.name());
        p.put("priceBand", priceBand == null ? null : priceBand.name());
        p.put("needClass", needClass == null ? null : needClass.name());
        p.put("sort", "relevance".equals(sort) ? null : sort);
        p.put("words", anyWord() ? words : null);
        return p;
    }
}
