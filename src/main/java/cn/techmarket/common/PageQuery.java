package cn.techmarket.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging parameters shared by every list endpoint: ?page=1&size=20 (size at most 100). */
public class PageQuery {
    /**
     * The longest page. Element collections are batch-fetched this many owners at a time, so a page loads each
     * collection in one statement whatever its length.
     */
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "{page.min}")
    @Max(value = 10000, message = "{page.max}")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{size.range}")
    @Max(value = MAX_SIZE, message = "{size.range}")
    public int size = 20;

    public static PageQuery of(int page, int size) {
        PageQuery q = new PageQuery();
        q.page = page;
        q.size = size;
        return q;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int index() {
        return page - 1;
    }
}
