package cn.techmarket.voucher;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.importing.Spreadsheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The monitoring figures as JSON, and the breakdowns as CSV or XLSX. */
@Path("/api/v1/vouchers/monitor")
@Tag(name = "vouchers")
@RolesAllowed({"bureau", "admin"})
class MonitorResource {
    @Inject
    Monitor monitor;

    @GET
    public Monitor.View view() {
        return monitor.view();
    }

    @GET
    @Path("/export")
    @Produces({CsvWriter.MEDIA_TYPE, Spreadsheet.XLSX})
    public Response export(@QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        return download(monitor.view(), format);
    }

    /** The breakdowns as one table; the monitor page offers the same download. */
    static Response download(Monitor.View v, String format) {
        List<List<Object>> rows = new ArrayList<>();
        add(rows, "programme 项目", v.programmes());
        add(rows, "city 城市", v.cities());
        add(rows, "category 类别", v.categories());
        add(rows, "provider 服务机构", v.topProviders());
        List<String> header = List.of("breakdown 维度", "key 代码", "name 名称", "vouchers 张数", "issued 发放额", "redeemed 兑付额");
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? Spreadsheet.xlsx("vouchers", null, header, rows) : Spreadsheet.csv(null, header, rows);
        return Response.ok(body, xlsx ? Spreadsheet.XLSX : CsvWriter.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"voucher-monitor" + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    private static void add(List<List<Object>> rows, String breakdown, List<Monitor.Row> data) {
        data.forEach(r -> rows.add(List.of(breakdown, r.key(), r.label(), r.vouchers(), r.issued(), r.redeemed())));
    }
}
