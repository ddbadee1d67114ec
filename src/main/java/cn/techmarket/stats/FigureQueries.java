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
 * The dashboard's queries over the summary tables. Figures as of D = the monthly rows whose month of effect is before
 * D's month, plus the ledger rows from the first of D's month to D itself: both restricted to the registration
 * months of the period.
 */
@ApplicationScoped
public class FigureQueries {
    @Inject
    AgroalDataSource dataSource;

    /** Turnover between two parties' regions, summed over the period (only pairs with a party in the scope). */
    public record Pair(String seller, String buyer, Figure figure) {
    }

    /** One registration month's figures for: seller in scope (s), buyer in scope (b). */
    public record MonthCell(YearMonth month, boolean seller, boolean buyer, Figure figure) {
    }

    private static final String FLOWS = """
            select %1$s, d_count, d_total, d_tech from stats_month_flow
              where reg_month between ? and ? and eff_month < ?
            union all
            select %1$s, d_count, d_total, d_tech from stats_ledger
              where effective_on between ? and ? and reg_month between ? and ?""";

    public List<Pair> pairs(Scope scope, Period period, LocalDate asOf) {
        String sql = "with f as (" + FLOWS.formatted("seller_region, buyer_region") + ")"
                + " select seller_region, buyer_region, sum(d_count), sum(d_total), sum(d_tech) from f"
                + " where seller_region = any(?) or buyer_region = any(?) group by 1, 2";
        return query(sql, period, asOf, scope, rs -> new Pair(rs.getString(1), rs.getString(2), figure(rs, 3)));
    }

    public List<MonthCell> months(Scope scope, Period period, LocalDate asOf) {
        String sql = "with f as (" + FLOWS.formatted("reg_month, seller_region, buyer_region") + "),"
                + " t as (select reg_month, coalesce(seller_region = any(?), false) s,"
                + " coalesce(buyer_region = any(?), false) b, d_count, d_total, d_tech from f)"
                + " select reg_month, s, b, sum(d_count), sum(d_total), sum(d_tech) from t where s or b group by 1, 2, 3";
        return query(sql, period, asOf, scope, rs -> new MonthCell(YearMonth.from(rs.getDate(1).toLocalDate()),
                rs.getBoolean(2), rs.getBoolean(3), figure(rs, 4)));
    }

    /** Every breakdown at once, for the contracts whose seller (side S) or buyer (side B) lies in the scope. */
    public Map<Dimension, Map<String, Figure>> breakdowns(Scope scope, char side, Period period, LocalDate asOf) {
        StringBuilder ledgerDims = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            ledgerDims.append(ledgerDims.isEmpty() ? "" : ", ").append("('").append(d.name()).append("', ")
                    .append(d.ledgerColumn).append(")");
        }
        String region = side == 'S' ? "seller_region" : "buyer_region";
        String sql = "with f as (select dim, val, d_count, d_total, d_tech from stats_month_dim"
                + " where side = '" + side + "' and reg_month between ? and ? and eff_month < ? and region = any(?)"
                + " union all select d.dim, d.val, l.d_count, l.d_total, l.d_tech from stats_ledger l"
                + " cross join lateral (values " + ledgerDims + ") d(dim, val)"
                + " where l.effective_on between ? and ? and l.reg_month between ? and ? and l." + region + " = any(?))"
                + " select dim, val, sum(d_count), sum(d_total), sum(d_tech) from f group by 1, 2 order by 1, 2";
        Map<Dimension, Map<String, Figure>> out = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            out.put(d, new LinkedHashMap<>());
        }
        LocalDate asOfMonth = asOf.withDayOfMonth(1);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            String[] codes = scope.codes().toArray(String[]::new);
            ps.setDate(1, Date.valueOf(period.firstDay()));
            ps.setDate(2, Date.valueOf(period.lastMonth()));
            ps.setDate(3, Date.valueOf(asOfMonth));
            ps.setArray(4, c.createArrayOf("varchar", codes));
            ps.setDate(5, Date.valueOf(asOfMonth));
            ps.setDate(6, Date.valueOf(asOf));
            ps.setDate(7, Date.valueOf(period.firstDay()));
            ps.setDate(8, Date.valueOf(period.lastMonth()));
            ps.setArray(9, c.createArrayOf("varchar", codes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.get(Dimension.valueOf(rs.getString(1))).put(rs.getString(2), figure(rs, 3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
        return out;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Period period, LocalDate asOf, Scope scope, RowReader<T> reader) {
        LocalDate asOfMonth = asOf.withDayOfMonth(1);
        List<T> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(period.firstDay()));
            ps.setDate(2, Date.valueOf(period.lastMonth()));
            ps.setDate(3, Date.valueOf(asOfMonth));
            ps.setDate(4, Date.valueOf(asOfMonth));
            ps.setDate(5, Date.valueOf(asOf));
            ps.setDate(6, Date.valueOf(period.firstDay()));
            ps.setDate(7, Date.valueOf(period.lastMonth()));
            var codes = c.createArrayOf("varchar", scope.codes().toArray(String[]::new));
            ps.setArray(8, codes);
            ps.setArray(9, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
        return out;
    }

    private static Figure figure(ResultSet rs, int first) throws SQLException {
        return new Figure(rs.getLong(first), rs.getBigDecimal(first + 1), rs.getBigDecimal(first + 2));
    }
}
