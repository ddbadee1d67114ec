package cn.techmarket.org;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** List filters, the same in the API and in the pages' URLs: ?q=&type=&region=&verification=. */
public class OrganizationFilter {
    @QueryParam("q")
    @Size(max = 100, message = "{size.max100}")
    public String q;

    @QueryParam("type")
    public OrganizationType type;

    /** A GB/T 2260 code (a city covers its districts) or a region group code such as CDMZ. */
    @QueryParam("region")
    @Pattern(regexp = "\\d{6}|[A-Z]{2,16}", message = "{region.format}")
    public String region;

    /** Only platform operators may list organizations that are not verified. */
    @QueryParam("verification")
    public Verification verification;
}
