package cn.techmarket.voucher;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.importing.Spreadsheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Cross-city settlement statements, month by month (?month=2026-12), their export and their closing. */
@Path("/api/v1/vouchers/settlements")
@Tag(name = "vouchers")
@RolesAllowed({"bureau", "admin"})
class SettlementResource {
    private static final String MONTH = "\\d{4}-\\d{2}";
    private static final List<String> HEADER = List.of("month 月份", "city A 甲市", "city B 乙市", "A owes B 甲应付乙",
            "B owes A 乙应付甲", "net A owes B 甲净付乙", "lines 笔数", "closed 已结账");
    @Inject
    SettlementService settlements;

    @GET
    public List<Statement> month(@QueryParam("month") @NotNull @Pattern(regexp = MONTH) String month) {
        return settlements.month(first(month));
    }

    @GET
    @Path("/export")
    @Produces({CsvWriter.MEDIA_TYPE, Spreadsheet.XLSX})
    public Response export(@QueryParam("month") @NotNull @Pattern(regexp = MONTH) String month,
                           @QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        return download(settlements.month(first(month)), month, format);
    }

    /** The statements as one table; the settlement page offers the same download. */
    static Response download(List<Statement> statements, String month, String format) {
        List<List<Object>> rows = statements.stream().map(s -> List.<Object>of(
                s.month().toString().substring(0, 7), s.cityA(), s.cityB(), s.aOwesB(), s.bOwesA(), s.netAOwesB(),
                s.lines(), s.closed() ? "yes 是" : "no 否")).toList();
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? Spreadsheet.xlsx("settlement " + month, null, HEADER, rows) : Spreadsheet.csv(null, HEADER, rows);
        return Response.ok(body, xlsx ? Spreadsheet.XLSX : CsvWriter.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"voucher-settlement-" + month + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    @POST
    @Path("/{month}/{cityA}/{cityB}/close")
    public Statement close(@PathParam("month") @Pattern(regexp = MONTH) String month,
                           @PathParam("cityA") @Pattern(regexp = "\\d{6}") String a,
                           @PathParam("cityB") @Pattern(regexp = "\\d{6}") String b) {
        return settlements.close(first(month), a, b);
    }

    private static LocalDate first(String month) {
        return YearMonth.parse(month).atDay(1);
    }
}
