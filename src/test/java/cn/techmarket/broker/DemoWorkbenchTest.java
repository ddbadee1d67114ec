package cn.techmarket.broker;

import cn.techmarket.demo.CatalogueLoader;
import cn.techmarket.demo.ListingCatalogue;
import cn.techmarket.demo.Vocabulary;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.Mode;
import cn.techmarket.listing.NeedClass;
import cn.techmarket.listing.Stage;
import cn.techmarket.matching.NeedComplexity;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's demo workbench script (db/demo/workbench.sql) against the real schema: in one JDBC transaction that
 * is rolled back at the end (the shared test database keeps nothing), a small catalogue is loaded, the memberships and
 * the workbench scripts run, the rows are checked, the dashboard is computed on them, and a second run adds nothing.
 */
@QuarkusTest
class DemoWorkbenchTest {
    private static final long SEED = 20260101;
    private static final int COUNT = 600;
    /** Deals on catalogue needs: the script's (other tests' deals in the shared database are on their own needs). */
    private static final String DEMO_DEALS = """
            select d.id from deal d join listing n on n.id = d.need_id join user_profile c on c.id = n.owner_user_id
            where c.subject = 'demo-catalogue'""";
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CatalogueLoader catalogue;

    @Test
    void the_workbench_script_fills_every_stage_consistently_and_a_second_run_adds_nothing() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            // one snapshot for the whole test: the background workers commit notifications of their own meanwhile
            // (CI once counted 35 and then 36), and only what the script itself adds must stay constant
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                run(c, "db/demo/memberships.sql");
                catalogue.load(c, new ListingCatalogue(Vocabulary.load(), SEED, LocalDate.now()).mixed(COUNT));
                run(c, "db/demo/workbench.sql");
                Map<String, Long> first = counts(c);

                deals_cover_every_stage_with_a_consistent_history(c);
                claims_audit_and_docking_mirror_the_services(c);
                interests_subscriptions_and_inbox_are_there(c);
                the_dashboard_has_figures(c);

                run(c, "db/demo/workbench.sql");
                assertThat(counts(c)).isEqualTo(first);
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation); // the pooled connection goes back as it came
            }
        }
    }

    private static void deals_cover_every_stage_with_a_consistent_history(Connection c) throws SQLException {
        List<Map<String, Object>> deals = rows(c, """
                select d.*, (select s.stage from deal_stage_stay s where s.deal_id = d.id order by s.entered_at desc, s.id desc limit 1) last_stage,
                       (select count(*) from deal_stage_stay s where s.deal_id = d.id and s.left_at is null) open_stays,
                       (select count(*) from deal_stage_stay s where s.deal_id = d.id) stays,
                       (select max(s.entered_at) from deal_stage_stay s where s.deal_id = d.id) last_entered,
                       (select min(s.entered_at) from deal_stage_stay s where s.deal_id = d.id) first_entered
                from deal d where d.id in (%s) order by d.id""".formatted(DEMO_DEALS));
        assertThat(deals).hasSizeBetween(12, 20);
        assertThat(deals.stream().map(d -> d.get("stage")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("LEAD", "DOCKING", "NEGOTIATION", "SIGNED", "REGISTERED", "TERMINATED");
        assertThat(deals.stream().map(d -> d.get("commission_kind")).filter(Objects::nonNull).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PERCENT", "FIXED", "INCOME_SHARE");
        OffsetDateTime now = OffsetDateTime.now();
        for (Map<String, Object> d : deals) {
            String stage = (String) d.get("stage");
            assertThat(d.get("last_stage")).as("deal %s: current stage = last stay", d.get("id")).isEqualTo(stage);
            assertThat(d.get("open_stays")).as("one open stay").isEqualTo(1L);
            assertThat(d.get("last_entered")).isEqualTo(d.get("stage_entered_at"));
            assertThat(d.get("first_entered")).isEqualTo(d.get("created_at"));
            assertThat((OffsetDateTime) d.get("created_at")).isAfter(now.minusDays(250)).isBefore(now);
            assertThat((long) d.get("version")).isGreaterThanOrEqualTo((long) d.get("stays") - 1);
            if (stage.equals("SIGNED") || stage.equals("REGISTERED")) {
                assertThat((BigDecimal) d.get("amount")).isPositive();
                assertThat(((BigDecimal) d.get("amount")).scale()).isEqualTo(2);
                assertThat(d.get("signed_on")).isNotNull();
                assertThat(d.get("signed_at")).isNotNull();
                assertThat(d.get("commission_kind")).isNotNull();
            } else {
                assertThat(d.get("amount")).isNull();
            }
            if (stage.equals("REGISTERED")) {
                assertThat(d.get("contract_ref")).isNotNull();
                assertThat(d.get("registered_at")).isEqualTo(d.get("stage_entered_at"));
            }
            if (stage.equals("TERMINATED")) {
                assertThat(d.get("termination_reason")).isNotNull();
                assertThat(d.get("termination_note")).isNotNull();
            }
        }
        // the stays follow one another without gaps, each stage the next one of the workflow
        List<Map<String, Object>> stays = rows(c, """
                select s.deal_id, s.stage, s.entered_at, s.left_at,
                       lead(s.entered_at) over w next_entered, lead(s.stage) over w next_stage
                from deal_stage_stay s where s.deal_id in (%s) window w as (partition by s.deal_id order by s.entered_at, s.id)
                """.formatted(DEMO_DEALS));
        for (Map<String, Object> s : stays) {
            assertThat(s.get("left_at")).isEqualTo(s.get("next_entered"));
            if (s.get("next_stage") != null) {
                DealStage from = DealStage.valueOf((String) s.get("stage")), to = DealStage.valueOf((String) s.get("next_stage"));
                assertThat(from.brokerMayMoveTo(to) || (from == DealStage.SIGNED && to == DealStage.REGISTERED))
                        .as("%s → %s", from, to).isTrue();
            }
        }
        assertThat(one(c, "select count(distinct s.deal_id) from deal_stage_stay s where s.deal_id in (" + DEMO_DEALS
                + ") and s.left_at is not null and s.left_at > s.entered_at + interval '2 days'")).isGreaterThanOrEqualTo(10);
        // parties: the need's organization on the demand side, every result's organization on the supply side
        assertThat(one(c, "select count(*) from deal d join listing n on n.id = d.need_id where d.id in (" + DEMO_DEALS
                + ") and not exists (select 1 from deal_party p where p.deal_id = d.id and p.role = 'DEMAND' and p.organization_id = n.owner_org_id)"))
                .isZero();
        assertThat(one(c, "select count(*) from deal_result r join listing l on l.id = r.result_id where r.deal_id in (" + DEMO_DEALS
                + ") and (l.kind <> 'RESULT' or not exists (select 1 from deal_party p where p.deal_id = r.deal_id and p.role = 'SUPPLY' and p.organization_id = l.owner_org_id))"))
                .isZero();
    }

    private static void claims_audit_and_docking_mirror_the_services(Connection c) throws SQLException {
        // every deal's need is held by its broker; a need is claimed once (the primary key) and some claims wait for a deal
        assertThat(one(c, "select count(*) from deal d where d.id in (" + DEMO_DEALS
                + ") and not exists (select 1 from need_claim k where k.need_id = d.need_id and k.broker_id = d.broker_id)")).isZero();
        assertThat(one(c, "select count(*) from need_claim k join listing n on n.id = k.need_id join user_profile c on c.id = n.owner_user_id"
                + " where c.subject = 'demo-catalogue' and not exists (select 1 from deal d where d.need_id = k.need_id)"))
                .isGreaterThanOrEqualTo(2);
        assertThat(one(c, "select count(*) - count(distinct d.need_id) from deal d where d.id in (" + DEMO_DEALS + ")")).isZero();
        // the claimed needs include a complex one (NeedComplexity, as the queue and the claim page compute it)
        List<Integer> complexity = new ArrayList<>();
        for (Map<String, Object> n : rows(c, """
                select l.* from need_claim k join listing l on l.id = k.need_id join user_profile c on c.id = l.owner_user_id
                where c.subject = 'demo-catalogue'""")) {
            complexity.add(NeedComplexity.of(listing(n)).score());
        }
        assertThat(complexity.stream().mapToInt(Integer::intValue).max().orElse(0))
                .as("complexity of the claimed needs %s", complexity).isGreaterThanOrEqualTo(NeedComplexity.BROKER_REQUIRED);

        // an audit line per stage change, the last one's snapshot the deal as it is now
        for (Map<String, Object> d : rows(c, "select d.id, d.stage, d.version, (select count(*) from deal_stage_stay s where s.deal_id = d.id) stays from deal d where d.id in (" + DEMO_DEALS + ")")) {
            String id = String.valueOf(d.get("id"));
            List<Map<String, Object>> audit = rows(c, """
                    select action, actor, after_state::text after_state, after_state->>'stage' after_stage,
                           (after_state->>'version')::bigint after_version, before_state->>'stage' before_stage
                    from audit_entry where entity_type = 'deal' and entity_id = '%s' order by occurred_at, id""".formatted(id));
            assertThat(audit.getFirst().get("action")).isEqualTo("deal.opened");
            List<Map<String, Object>> changes = audit.stream().filter(a -> a.get("before_stage") != null
                    && !a.get("before_stage").equals(a.get("after_stage"))).toList();
            assertThat(changes).hasSize((int) (long) d.get("stays") - 1);
            for (Map<String, Object> a : changes) {
                assertThat(a.get("action")).isEqualTo("deal." + ((String) a.get("after_stage")).toLowerCase());
            }
            Map<String, Object> last = audit.stream().filter(a -> a.get("after_stage") != null).reduce((x, y) -> y).orElseThrow();
            assertThat(last.get("after_stage")).isEqualTo(d.get("stage"));
            assertThat(last.get("after_version")).isEqualTo(d.get("version"));
        }
        assertThat(one(c, "select count(*) from audit_entry where entity_type = 'deal' and action = 'deal.registered'"
                + " and actor = '00000000-0000-4000-8000-000000000007' and entity_id in (select id::text from deal where id in (" + DEMO_DEALS + "))"))
                .isGreaterThanOrEqualTo(1);

        // the docking log: every kind, next steps, some still ahead on open deals
        assertThat(rows(c, "select distinct kind from docking_record where deal_id in (" + DEMO_DEALS + ")").stream()
                .map(r -> r.get("kind")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CALL", "VISIT", "MEETING", "ROADSHOW");
        assertThat(one(c, "select count(*) from docking_record r join deal d on d.id = r.deal_id where d.id in (" + DEMO_DEALS
                + ") and d.stage in ('DOCKING','NEGOTIATION') and r.next_step is not null and r.next_step_due >= current_date"))
                .isGreaterThanOrEqualTo(3);
        assertThat(one(c, "select count(*) from docking_record r join deal d on d.id = r.deal_id where d.id in (" + DEMO_DEALS
                + ") and (r.broker_id <> d.broker_id or r.occurred_at > now() or r.occurred_at < d.created_at)")).isZero();
        assertThat(one(c, "select count(*) from audit_entry a join docking_record r on a.entity_id = r.deal_id::text"
                + " and (a.after_state->>'id')::bigint = r.id where a.action = 'deal.docking' and a.after_state->>'occurredAt' is not null"
                + " and r.deal_id in (" + DEMO_DEALS + ")"))
                .isEqualTo(one(c, "select count(*) from docking_record where deal_id in (" + DEMO_DEALS + ")"));

        // both brokers have a profile (in this shared database perhaps another test's), the demo ones with fields
        assertThat(one(c, """
                select count(*) from broker_profile b join user_profile u on u.id = b.user_id
                where u.subject in ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000005')"""))
                .isEqualTo(2);
    }

    private static void interests_subscriptions_and_inbox_are_there(Connection c) throws SQLException {
        List<Map<String, Object>> interests = rows(c, """
                select e.*, lo.credit_code listing_org from expression_of_interest e join listing l on l.id = e.listing_id
                join organization lo on lo.id = l.owner_org_id join user_profile c on c.id = l.owner_user_id
                where c.subject = 'demo-catalogue'""");
        assertThat(interests.stream().map(e -> e.get("status")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("OPEN", "ACCEPTED", "DECLINED");
        assertThat(interests.stream().map(e -> e.get("listing_org")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("915106034884507413", "125101079616312829");
        for (Map<String, Object> e : interests) {
            assertThat(e.get("org_id")).isNotEqualTo(e.get("listing_org_id"));
            boolean decided = !"OPEN".equals(e.get("status"));
            assertThat(e.get("decided_at") != null).isEqualTo(decided);
            assertThat(e.get("decided_by") != null).isEqualTo(decided);
            assertThat(e.get("decline_reason") != null).isEqualTo("DECLINED".equals(e.get("status")));
            assertThat(one(c, "select count(*) from audit_entry where entity_type = 'interest' and entity_id = '" + e.get("id") + "'"))
                    .isEqualTo(decided ? 2L : 1L);
        }
        String enterprise = "(select id from user_profile where subject = '00000000-0000-4000-8000-000000000001')";
        assertThat(one(c, "select count(*) from saved_search where user_id = " + enterprise)).isPositive();
        assertThat(one(c, "select count(*) from need_follow where user_id = " + enterprise)).isPositive();
        assertThat(rows(c, "select distinct kind from notification where user_id = " + enterprise).stream()
                .map(r -> r.get("kind")).collect(Collectors.toSet()))
                .contains("INTEREST_RECEIVED", "INTEREST_ACCEPTED", "SAVED_SEARCH", "FOLLOWED_NEED");
        assertThat(one(c, "select count(*) from notification where read_at is null and user_id = " + enterprise)).isPositive();
        assertThat(rows(c, """
                select distinct n.kind from notification n join user_profile u on u.id = n.user_id
                where u.subject = '00000000-0000-4000-8000-000000000003'""").stream().map(r -> r.get("kind"))
                .collect(Collectors.toSet())).contains("INTEREST_RECEIVED", "INTEREST_DECLINED");
    }

    /** The broker's figures, computed by Dashboard (what DashboardService returns) on the demo deals and their stays. */
    private static void the_dashboard_has_figures(Connection c) throws SQLException {
        // the figures README.md quotes: broker 11 deals, ¥8,490,000.00 signed, ¥357,000.00 commission; broker2 7 deals
        Map<String, List<String>> expected = Map.of(
                "00000000-0000-4000-8000-000000000004", List.of("11", "8490000.00", "357000.00"),
                "00000000-0000-4000-8000-000000000005", List.of("7", "6300000.00", "200000.00"));
        for (String subject : expected.keySet()) {
            List<Deal> deals = new ArrayList<>();
            for (Map<String, Object> r : rows(c, """
                    select d.* from deal d join broker_profile b on b.id = d.broker_id join user_profile u on u.id = b.user_id
                    where u.subject = '%s' and d.id in (%s)""".formatted(subject, DEMO_DEALS))) {
                Deal d = new Deal();
                d.id = (Long) r.get("id");
                d.stage = DealStage.valueOf((String) r.get("stage"));
                d.amount = (BigDecimal) r.get("amount");
                d.commissionKind = r.get("commission_kind") == null ? null : CommissionKind.valueOf((String) r.get("commission_kind"));
                d.commissionRate = (BigDecimal) r.get("commission_rate");
                d.commissionAmount = (BigDecimal) r.get("commission_amount");
                deals.add(d);
            }
            Map<Long, List<DealStageStay>> stays = new HashMap<>();
            for (Map<String, Object> r : rows(c, "select * from deal_stage_stay where deal_id in (" + DEMO_DEALS + ") order by entered_at, id")) {
                DealStageStay s = new DealStageStay();
                s.dealId = (Long) r.get("deal_id");
                s.stage = DealStage.valueOf((String) r.get("stage"));
                s.enteredAt = (OffsetDateTime) r.get("entered_at");
                s.leftAt = (OffsetDateTime) r.get("left_at");
                stays.computeIfAbsent(s.dealId, k -> new ArrayList<>()).add(s);
            }
            Dashboard dashboard = Dashboard.of(null, null, deals, stays);
            assertThat(dashboard.deals()).isGreaterThanOrEqualTo(5);
            assertThat(dashboard.signed()).isPositive();
            assertThat(dashboard.turnover()).isPositive();
            assertThat(dashboard.commissionDue()).isPositive();
            for (Dashboard.StageConversion conversion : dashboard.conversion()) {
                assertThat(conversion.percent()).as("%s → %s", conversion.stage(), conversion.next()).isNotNull();
            }
            for (Dashboard.StageTime time : dashboard.timeInStage()) {
                assertThat(time.averageDays()).as("days in %s", time.stage()).isNotNull().isPositive();
            }
            assertThat(dashboard.byStage().values().stream().filter(n -> n > 0).count()).isGreaterThanOrEqualTo(5);
            assertThat(List.of(String.valueOf(dashboard.deals()), dashboard.turnover().toPlainString(),
                    dashboard.commissionDue().toPlainString())).isEqualTo(expected.get(subject));
        }
    }

    private static Listing listing(Map<String, Object> r) {
        Listing l = new Listing();
        l.title = (String) r.get("title");
        l.summary = (String) r.get("summary");
        l.details = (String) r.get("details");
        l.keywords = (String) r.get("keywords");
        l.problem = (String) r.get("problem");
        l.targetIndicators = (String) r.get("target_indicators");
        l.stage = r.get("stage") == null ? null : Stage.valueOf((String) r.get("stage"));
        l.needClass = r.get("need_class") == null ? null : NeedClass.valueOf((String) r.get("need_class"));
        l.priceNegotiable = (Boolean) r.get("price_negotiable");
        l.priceMin = (BigDecimal) r.get("price_min");
        l.priceMax = (BigDecimal) r.get("price_max");
        l.modes = EnumSet.noneOf(Mode.class);
        String modes = (String) r.get("modes");
        if (modes != null && !modes.isBlank()) {
            Arrays.stream(modes.split(",")).map(Mode::valueOf).forEach(l.modes::add);
        }
        return l;
    }

    /** Row counts of every table the script writes. */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("broker_profile", "broker_field", "broker_region", "broker_training", "need_claim",
                "deal", "deal_result", "deal_party", "deal_stage_stay", "docking_record", "expression_of_interest",
                "notification", "saved_search", "need_follow", "audit_entry")) {
            counts.put(table, one(c, "select count(*) from " + table));
        }
        return counts;
    }

    private static void run(Connection c, String resource) throws IOException, SQLException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
             Statement s = c.createStatement()) {
            assertThat(in).as(resource).isNotNull();
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    String type = rs.getMetaData().getColumnTypeName(i);
                    Object value = type.equals("timestamptz") ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
                    if (value instanceof Integer n) {
                        value = n.longValue();
                    }
                    row.put(rs.getMetaData().getColumnLabel(i), value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
