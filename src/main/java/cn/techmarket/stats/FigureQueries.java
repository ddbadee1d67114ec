package cn.techmarket.stats;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's two queries over the summary tables. The registration-month tables hold every booked step whatever
 * its effective date; figures as of D are those sums minus the ledger's steps with effective_on &gt; D (probed month
 * by month on the (reg_month, effective_on) index, an index-only scan). Both queries cover this year and last year in one pass, so that a
 * dashboard costs two statements whatever its period.
 */
@ApplicationScoped
public class FigureQueries {
    @Inject
    AgroalDataSource dataSource;

    /** One registration month's turnover between the scope's parts the seller and the buyer lie in (null: outside). */
    public record Cell(YearMonth month, String sellerPart, String buyerPart, Figure figure) {
        boolean seller() {
            return sellerPart != null;
        }

        boolean buyer() {
            return buyerPart != null;
        }
    }

    /** The breakdowns of the period ({@code now}) and of the same months a year earlier ({@code before}). */
    public record Breakdowns(Map<Dimension, Map<String, Figure>> now, Map<Dimension, Map<String, Figure>> before) {
    }

    /** Every registration month from {@code from} to {@code to} with a party in the scope, by the parties' parts. */
    public List<Cell> cells(Scope scope, YearMonth from, YearMonth to, LocalDate asOf) {
        // parts made of whole cities read the city rollup; the ledger's tail is rolled up the same way on the fly
        boolean byCity = scope.cityPartOf() != null;
        String rows = byCity
                ? "select reg_month, seller_city as seller, buyer_city as buyer, d_count, d_total, d_tech"
                        + " from stats_city_flow where reg_month between ? and ?"
                        + " union all select l.reg_month, " + StatsLedger.cityOf("rs", "l.seller_region") + ", "
                        + StatsLedger.cityOf("rb", "l.buyer_region") + ", -l.d_count, -l.d_total, -l.d_tech"
                        + " from stats_ledger l left join region rs on rs.code = l.seller_region"
                        + " left join region rb on rb.code = l.buyer_region"
                        + " where l.reg_month = any(?) and l.effective_on > ?"
                : "select reg_month, seller_region as seller, buyer_region as buyer, d_count, d_total, d_tech"
                        + " from stats_reg_flow where reg_month between ? and ?"
                        + " union all select reg_month, seller_region, buyer_region, -d_count, -d_total, -d_tech"
                        + " from stats_ledger where reg_month = any(?) and effective_on > ?";
        String sql = "with p as (select * from unnest(cast(? as varchar[]), cast(? as varchar[])) p(code, part)),"
                + " f as (" + rows + ")"
                + " select f.reg_month, sp.part, bp.part, sum(d_count), sum(d_total), sum(d_tech) from f"
                + " left join p sp on sp.code = f.seller"
                + " left join p bp on bp.code = f.buyer"
                + " where sp.part is not null or bp.part is not null"
                + " group by 1, 2, 3";
        // "" = in the scope but in none of its parts (counts in the flows, not in the by-region table)
        Map<String, String> partOf = byCity ? scope.cityPartOf() : new LinkedHashMap<>();
        if (!byCity) {
            scope.codes().forEach(c -> partOf.put(c, scope.partOf().getOrDefault(c, "")));
        }
        List<String> codes = new ArrayList<>(partOf.keySet());
        List<String> parts = codes.stream().map(partOf::get).toList();
        List<Cell> out = new ArrayList<>();
        run(sql, rs -> out.add(new Cell(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getString(3),
                        figure(rs, 4))),
                codes.toArray(String[]::new), parts.toArray(String[]::new), from.atDay(1), to.atDay(1),
                months(from, to), asOf);
        return out;
    }

    /** Every breakdown of the flow's contracts, for the period and the same months last year, in one pass. */
    public Breakdowns breakdowns(Scope scope, BreakdownFlow flow, Period period, LocalDate asOf) {
        StringBuilder ledgerDims = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            ledgerDims.append(ledgerDims.isEmpty() ? "" : ", ").append("('").append(d.name()).append("', ")
                    .append(d.ledgerColumn).append(")");
        }
        // the enclosing range beside the two years lets the planner use one index range instead of filtering rows
        String months = "reg_month between ? and ? and (reg_month between ? and ? or reg_month between ? and ?)";
        // a scope of whole cities reads the city rollup (a province: ~20 keys instead of every district's rows)
        boolean byCity = scope.cities() != null;
        String sql = "with c as (select unnest(cast(? as varchar[])) code),"
                + " f as (select reg_month, dim, val, d_count, d_total, d_tech from "
                + (byCity ? "stats_city_dim" : "stats_reg_dim")
                + " where side = ? and " + months + " and " + (byCity ? "city" : "region") + " = any(?)"
                + " union all select reg_month, d.dim, d.val, -l.d_count, -l.d_total, -l.d_tech from stats_ledger l"
                + " cross join lateral (values " + ledgerDims + ") d(dim, val)"
                + " where l.reg_month = any(?) and l.effective_on > ? and l." + flow.ledgerRegion
                + " in (select code from c))"
                + " select reg_month >= ?, dim, val, sum(d_count), sum(d_total), sum(d_tech) from f"
                + " group by 1, 2, 3 order by 2, 3";
        Breakdowns out = new Breakdowns(new EnumMap<>(Dimension.class), new EnumMap<>(Dimension.class));
        for (Dimension d : Dimension.values()) {
            out.now().put(d, new LinkedHashMap<>());
            out.before().put(d, new LinkedHashMap<>());
        }
        Period last = period.lastYear();
        Object[] range = {last.firstDay(), period.lastMonth(), period.firstDay(), period.lastMonth(), last.firstDay(),
                last.lastMonth()};
        List<Object> params = new ArrayList<>();
        params.add(scope.codes().toArray(String[]::new));
        params.add(String.valueOf(flow.side));
        params.addAll(List.of(range));
        params.add((byCity ? scope.cities() : scope.codes()).toArray(String[]::new));
        List<LocalDate> both = new ArrayList<>(List.of(months(YearMonth.from(last.firstDay()), YearMonth.from(last.lastMonth()))));
        both.addAll(List.of(months(YearMonth.from(period.firstDay()), YearMonth.from(period.lastMonth()))));
        params.add(both.toArray(LocalDate[]::new));
        params.add(asOf);
        params.add(period.firstDay());
        run(sql, rs -> (rs.getBoolean(1) ? out.now() : out.before()).get(Dimension.valueOf(rs.getString(2)))
                .merge(rs.getString(3), figure(rs, 4), Figure::plus), params.toArray());
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void run(String sql, RowReader reader, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("varchar", array));
                } else if (p instanceof LocalDate[] days) {
                    ps.setArray(i + 1, c.createArrayOf("date", java.util.Arrays.stream(days).map(Date::valueOf).toArray()));
                } else if (p instanceof LocalDate day) {
                    ps.setDate(i + 1, Date.valueOf(day));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
    }

    /**
     * The first days of the months from {@code from} to {@code to}: the ledger's tail is probed month by month
     * (reg_month = any(…) on the (reg_month, effective_on) index, V65) rather than read as one range.
     */
    private static LocalDate[] months(YearMonth from, YearMonth to) {
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            days.add(m.atDay(1));
        }
        return days.toArray(LocalDate[]::new);
    }

    private static Figure figure(ResultSet rs, int first) throws SQLException {
        return new Figure(rs.getLong(first), rs.getBigDecimal(first + 1), rs.getBigDecimal(first + 2));
    }
}
