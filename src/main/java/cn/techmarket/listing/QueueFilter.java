package cn.techmarket.listing;

import jakarta.ws.rs.QueryParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The moderation queue's filters, all in the URL: kind, region (a city or province code covers its districts),
 * organization, a minimum age in days, and words in the title or summary.
 */
public class QueueFilter {
    @QueryParam("kind")
    public ListingKind kind;
    @QueryParam("region")
    public String region;
    @QueryParam("org")
    public Long org;
    @QueryParam("olderThan")
    public Integer olderThanDays;
    @QueryParam("q")
    public String q;

    /** A region code as a prefix: 510000 (四川) → "51", 510600 (德阳) → "5106", a district stays whole. */
    String regionPrefix() {
        if (region == null || !region.matches("\\d{6}")) {
            return null;
        }
        return region.replaceAll("(00)+$", "");
    }

    String words() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** This filtered queue's address, encoded, to come back to after a bulk action. */
    public String url() {
        String query = asQuery().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return "/listings/moderation" + (query.isEmpty() ? "" : "?" + query);
    }

    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("kind", kind == null ? null : kind.name());
        query.put("region", region);
        query.put("org", org == null ? null : org.toString());
        query.put("olderThan", olderThanDays == null ? null : olderThanDays.toString());
        query.put("q", words());
        return query;
    }
}
