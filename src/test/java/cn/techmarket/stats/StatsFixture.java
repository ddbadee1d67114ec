package cn.techmarket.stats;

import cn.techmarket.contract.ContractRegistryChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics fixture: 64 registered contracts of 2021-2023 (no other test registers contracts in those years),
 * inserted as the contract feature would (tech_contract, then each amount-history row followed by the
 * {@link ContractRegistryChanged} event in the same transaction). Columns: no | seller region | buyer region |
 * foreign party's country | class | seller type | buyer type | technical field | IP type | registered on | 成交额 |
 * 技术交易额 | later history ({@code C:effective:total:tech} a 变更登记, {@code X:effective} a 注销登记).
 * A blank region is a foreign party: a blank buyer makes a technology export, a blank seller an import (registered
 * by the domestic buyer). Each contract is registered at the point of its registrant's city.
 */
@ApplicationScoped
public class StatsFixture {
    static final String CONTRACTS = """
            01|510603|510104|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-01-15|100000.00|80000.00|
            02|510603|510603|  |TRANSFER|UNIVERSITY|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-01-20|250000.50|250000.50|
            03|510681|511402|  |SERVICE|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-02-03|30000.00|12000.00|
            04|510600|110000|  |LICENSE|RESEARCH_INSTITUTE|ENTERPRISE|NEW_MATERIALS|PATENT_UTILITY|2022-02-28|500000.00|450000.00|
            05|510603|      |US|TRANSFER|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|TECHNICAL_SECRET|2022-03-10|1200000.00|1000000.00|
            06|510681|510703|  |CONSULTING|OTHER|ENTERPRISE|URBAN_SOCIAL|NONE|2022-03-31|20000.00|20000.00|
            07|510603|511702|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2022-04-01|600000.00|550000.00|C:2022-06-15:700000.00:600000.00
            08|510603|510603|  |SERVICE|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2022-04-18|45000.00|40000.00|X:2022-09-01
            09|510600|512002|  |DEVELOPMENT|UNIVERSITY|ENTERPRISE|BIOMEDICINE|NONE|2022-05-05|88000.88|77000.77|
            10|510681|510107|  |TRANSFER|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-05-20|300000.00|300000.00|C:2023-01-10:100000.00:100000.00
            11|510603|500101|  |SERVICE|ENTERPRISE|ENTERPRISE|ENVIRONMENT|NONE|2022-06-06|66000.00|60000.00|
            12|510603|510681|  |DEVELOPMENT|RESEARCH_INSTITUTE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2022-06-30|150000.00|150000.00|X:2023-02-01
            13|510681|      |DE|LICENSE|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-07-07|2000000.00|1800000.00|
            14|510603|510104|  |CONSULTING|UNIVERSITY|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-08-08|12345.67|12345.67|
            15|510600|510600|  |TRANSFER|ENTERPRISE|ENTERPRISE|NEW_MATERIALS|PATENT_INVENTION|2022-09-09|400000.00|380000.00|C:2022-10-01:420000.00:400000.00;C:2022-11-01:410000.00:390000.00
            16|510603|511402|  |SERVICE|ENTERPRISE|OTHER|ELECTRONIC_INFO|NONE|2022-10-10|9999.99|9999.99|
            17|510681|510703|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|AEROSPACE|SOFTWARE_COPYRIGHT|2022-11-11|700000.00|650000.00|
            18|510603|510107|  |DEVELOPMENT|ENTERPRISE|UNIVERSITY|ADVANCED_MANUFACTURING|NONE|2022-12-20|55000.00|50000.00|
            19|510603|510603|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2022-12-31|10000.00|10000.00|
            20|510104|510603|  |DEVELOPMENT|UNIVERSITY|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2022-01-10|200000.00|180000.00|
            21|510107|510681|  |SERVICE|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-02-14|35000.00|30000.00|
            22|110000|510603|  |TRANSFER|RESEARCH_INSTITUTE|ENTERPRISE|NEW_ENERGY|PATENT_INVENTION|2022-03-15|800000.00|800000.00|
            23|      |510603|JP|LICENSE|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-04-20|1500000.00|1400000.00|
            24|511702|510600|  |CONSULTING|ENTERPRISE|OTHER|ENVIRONMENT|NONE|2022-05-25|18000.00|18000.00|
            25|510703|510681|  |DEVELOPMENT|UNIVERSITY|ENTERPRISE|AEROSPACE|NONE|2022-06-18|260000.00|240000.00|X:2022-08-18
            26|511402|510603|  |SERVICE|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2022-07-21|42000.00|40000.00|
            27|510104|510603|  |TRANSFER|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|SOFTWARE_COPYRIGHT|2022-08-30|330000.33|330000.33|C:2022-09-30:300000.00:290000.00
            28|      |510681|US|TRANSFER|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2022-10-15|900000.00|850000.00|
            29|500101|510603|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|NEW_MATERIALS|NONE|2022-11-20|120000.00|110000.00|
            30|510104|510107|  |DEVELOPMENT|UNIVERSITY|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-01-05|1000000.00|900000.00|
            31|510107|511402|  |SERVICE|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2022-02-10|80000.00|75000.00|
            32|510104|110000|  |LICENSE|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|SOFTWARE_COPYRIGHT|2022-03-03|600000.00|600000.00|
            33|510107|512002|  |CONSULTING|RESEARCH_INSTITUTE|ENTERPRISE|URBAN_SOCIAL|NONE|2022-05-15|25000.00|25000.00|X:2022-05-31
            34|110000|510104|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-07-01|450000.00|420000.00|
            35|510104|511702|  |TRANSFER|UNIVERSITY|ENTERPRISE|NEW_ENERGY|PATENT_INVENTION|2022-09-15|350000.00|340000.00|
            36|      |510107|KR|TRANSFER|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|PATENT_INVENTION|2022-11-05|780000.00|700000.00|
            37|511402|512002|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2022-03-22|70000.00|65000.00|
            38|512002|110000|  |SERVICE|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2022-06-12|15000.00|15000.00|
            39|511402|511402|  |TRANSFER|ENTERPRISE|ENTERPRISE|AGRICULTURE|PATENT_UTILITY|2022-08-16|125000.00|120000.00|C:2022-12-01:135000.00:130000.00
            40|510703|510104|  |DEVELOPMENT|RESEARCH_INSTITUTE|ENTERPRISE|AEROSPACE|NONE|2022-04-04|210000.00|200000.00|
            41|510703|510703|  |SERVICE|ENTERPRISE|ENTERPRISE|AEROSPACE|NONE|2022-10-20|60000.00|55000.00|
            42|511702|511722|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2022-01-25|180000.00|170000.00|
            43|511722|500101|  |TRANSFER|ENTERPRISE|ENTERPRISE|NEW_ENERGY|PATENT_INVENTION|2022-02-22|240000.00|230000.00|
            44|511702|110000|  |SERVICE|ENTERPRISE|ENTERPRISE|NEW_MATERIALS|NONE|2022-04-14|33000.00|30000.00|
            45|500101|511702|  |CONSULTING|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2022-05-05|16000.00|16000.00|
            46|511722|      |VN|SERVICE|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2022-06-26|95000.00|90000.00|
            47|511702|511702|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|NEW_MATERIALS|NONE|2022-08-08|520000.00|500000.00|X:2022-10-10
            48|      |511722|DE|TRANSFER|ENTERPRISE|ENTERPRISE|NEW_ENERGY|PATENT_INVENTION|2022-09-19|610000.00|600000.00|
            49|510104|511722|  |DEVELOPMENT|UNIVERSITY|ENTERPRISE|NEW_ENERGY|NONE|2022-11-29|140000.00|135000.00|
            50|511702|511722|  |LICENSE|ENTERPRISE|ENTERPRISE|NEW_ENERGY|PATENT_INVENTION|2022-12-12|85000.00|80000.00|C:2022-12-31:95000.00:90000.00
            51|500101|500154|  |SERVICE|ENTERPRISE|ENTERPRISE|ENVIRONMENT|NONE|2022-07-30|47000.00|45000.00|
            52|110000|500101|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ENVIRONMENT|NONE|2022-10-01|130000.00|125000.00|
            53|510603|510104|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2021-01-20|90000.00|85000.00|
            54|510104|510603|  |TRANSFER|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|PATENT_INVENTION|2021-03-10|150000.00|150000.00|
            55|510603|510603|  |SERVICE|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2021-06-15|20000.00|20000.00|X:2022-03-01
            56|511702|511722|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2021-08-08|300000.00|280000.00|
            57|510681|      |US|LICENSE|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|PATENT_INVENTION|2021-11-11|400000.00|380000.00|C:2022-02-02:450000.00:420000.00
            58|510107|511402|  |CONSULTING|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2021-12-01|12000.00|12000.00|
            59|511722|510600|  |SERVICE|ENTERPRISE|ENTERPRISE|NEW_ENERGY|NONE|2021-04-04|26000.00|24000.00|
            60|510104|510107|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2021-09-09|500000.00|480000.00|
            61|510603|510104|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ADVANCED_MANUFACTURING|NONE|2023-01-05|77000.00|70000.00|
            62|510681|510104|  |SERVICE|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-03-18|11111.11|10000.00|X:2022-03-25
            63|510104|510681|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|ELECTRONIC_INFO|NONE|2022-12-28|64000.00|60000.00|
            64|512002|510603|  |DEVELOPMENT|ENTERPRISE|ENTERPRISE|AGRICULTURE|NONE|2022-02-17|38000.00|36000.00|
            """;
    private static volatile boolean loaded;
    private final Map<String, Long> ids = new HashMap<>();
    @Inject
    EntityManager em;
    @Inject
    Event<ContractRegistryChanged> events;

    /** The database id of fixture contract {@code no} (01-64). */
    public long id(String no) {
        return ids.get(no);
    }

    public synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        for (String line : CONTRACTS.strip().split("\\n")) {
            QuarkusTransaction.requiringNew().run(() -> register(line.strip().split("\\|", -1)));
        }
        loaded = true;
    }

    /** Appends a 注销登记 effective on {@code day} to a fixture contract, as the contract feature would. */
    public void cancel(String no, LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> {
            long id = id(no);
            int revision = ((Number) em.createNativeQuery("select max(revision) + 1 from contract_amount_history"
                    + " where contract_id = ?1").setParameter(1, id).getSingleResult()).intValue();
            em.createNativeQuery("update tech_contract set status = 'CANCELLED' where id = ?1").setParameter(1, id)
                    .executeUpdate();
            history(id, revision, "CANCELLED", day, BigDecimal.ZERO, BigDecimal.ZERO);
        });
    }

    private void register(String[] f) {
        String no = f[0].strip();
        String seller = blank(f[1]);
        String buyer = blank(f[2]);
        String country = blank(f[3]);
        String trade = seller == null ? "IMPORT" : buyer == null ? "EXPORT" : "DOMESTIC";
        LocalDate registered = LocalDate.parse(f[9].strip());
        BigDecimal total = new BigDecimal(f[10].strip());
        BigDecimal tech = new BigDecimal(f[11].strip());
        List<String> later = f[12].isBlank() ? List.of() : List.of(f[12].strip().split(";"));
        boolean cancelled = later.stream().anyMatch(h -> h.startsWith("X"));
        long point = point(seller != null ? seller : buyer);
        long id = ((Number) em.createNativeQuery("""
                insert into tech_contract (title, contract_class, sub_type, seller_name, seller_region, seller_country,
                  seller_subject_type, buyer_name, buyer_region, buyer_country, buyer_subject_type, signed_on,
                  technical_field, ip_type, trade_flag, total_amount, non_technical_amount, status, point_id,
                  registration_no, registered_on, created_by, created_at, updated_at)
                values (?1, ?2, 'FIXTURE', ?3, cast(?4 as varchar), ?5, ?6, ?7, cast(?8 as varchar), ?9, ?10, ?11, ?12,
                  ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, 'stats-fixture', now(), now()) returning id""")
                .setParameter(1, "统计样例合同 " + no).setParameter(2, f[4].strip())
                .setParameter(3, "卖方 " + no).setParameter(4, seller)
                .setParameter(5, seller == null ? country : "CN").setParameter(6, f[5].strip())
                .setParameter(7, "买方 " + no).setParameter(8, buyer)
                .setParameter(9, buyer == null ? country : "CN").setParameter(10, f[6].strip())
                .setParameter(11, Date.valueOf(registered.minusDays(10))).setParameter(12, f[7].strip())
                .setParameter(13, f[8].strip()).setParameter(14, trade).setParameter(15, total)
                .setParameter(16, total.subtract(tech)).setParameter(17, cancelled ? "CANCELLED" : "REGISTERED")
                .setParameter(18, point).setParameter(19, "TJ-FX-" + no).setParameter(20, Date.valueOf(registered))
                .getSingleResult()).longValue();
        ids.put(no, id);
        history(id, 0, "REGISTERED", registered, total, tech);
        int revision = 1;
        for (String h : later) {
            String[] p = h.split(":");
            if (p[0].equals("C")) {
                history(id, revision++, "CHANGED", LocalDate.parse(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3]));
            } else {
                history(id, revision++, "CANCELLED", LocalDate.parse(p[1]), BigDecimal.ZERO, BigDecimal.ZERO);
            }
        }
    }

    private void history(long contract, int revision, String kind, LocalDate effective, BigDecimal total,
                         BigDecimal tech) {
        long id = ((Number) em.createNativeQuery("""
                insert into contract_amount_history (contract_id, revision, kind, effective_on, total_amount,
                  tech_amount, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, now(), 'stats-fixture')
                returning id""").setParameter(1, contract).setParameter(2, revision).setParameter(3, kind)
                .setParameter(4, Date.valueOf(effective)).setParameter(5, total).setParameter(6, tech)
                .getSingleResult()).longValue();
        events.fire(new ContractRegistryChanged(contract, id));
    }

    /** The registration point of a region's city (a district registers at its city's point), created on first use. */
    long point(String region) {
        String city = region.startsWith("51") ? region.substring(0, 4) + "00" : region;
        em.createNativeQuery("insert into registration_point (region_code, name_zh) select code, name_zh || '技术合同登记点'"
                + " from region where code = ?1 on conflict (region_code) do nothing").setParameter(1, city).executeUpdate();
        return ((Number) em.createNativeQuery("select id from registration_point where region_code = ?1")
                .setParameter(1, city).getSingleResult()).longValue();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
