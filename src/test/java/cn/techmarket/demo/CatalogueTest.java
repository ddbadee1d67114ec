package cn.techmarket.demo;

import cn.techmarket.listing.IpItem;
import cn.techmarket.listing.ListingForm;
import cn.techmarket.listing.ListingKind;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalogue: generated from the vocabulary, loaded by JDBC, indexed by the ordinary outbox path. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueTest {
    private static final long SEED = 7;
    private static final int COUNT = 200;
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}{4,}");
    @Inject
    CatalogueLoader loader;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;
    private int loadedFirst;
    private int loadedAgain;
    private List<DemoListing> generated;

    @BeforeAll
    void load() {
        loadedFirst = loader.loadDemo(COUNT, SEED);
        loadedAgain = loader.loadDemo(COUNT, SEED);
        generated = new ListingCatalogue(Vocabulary.load(), SEED, LocalDate.now()).mixed(COUNT);
        Listings.awaitIndexed();
    }

    /** Withdraws the catalogue again, so that tests running later see only their own listings in search. */
    @AfterAll
    void withdraw() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update listing set status = 'WITHDRAWN' where owner_user_id = " + catalogueUser(s));
            s.executeUpdate("insert into search_outbox (listing_id) select id from listing where owner_user_id = " + catalogueUser(s));
        }
        Listings.awaitIndexed();
    }

    @Test
    void the_catalogue_is_loaded_once_with_needs_from_enterprises_and_results_from_universities_and_institutes() throws SQLException {
        assertThat(loadedFirst).isEqualTo(COUNT);
        assertThat(loadedAgain).isZero();
        Map<String, Long> byKindAndOwner = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select l.kind || ':' || o.type, count(*) from listing l join organization o on o.id = l.owner_org_id
                     where l.owner_user_id = %d and l.status = 'PUBLISHED' group by 1""".formatted(catalogueUser(c.createStatement())))) {
            while (rs.next()) {
                byKindAndOwner.put(rs.getString(1), rs.getLong(2));
            }
        }
        long needs = generated.stream().filter(d -> d.kind() == ListingKind.NEED).count();
        assertThat(byKindAndOwner.get("NEED:ENTERPRISE")).isEqualTo(needs);
        assertThat(byKindAndOwner.getOrDefault("RESULT:UNIVERSITY", 0L) + byKindAndOwner.getOrDefault("RESULT:RESEARCH_INSTITUTE", 0L))
                .isEqualTo(COUNT - needs);
        assertThat(byKindAndOwner).containsOnlyKeys("NEED:ENTERPRISE", "RESULT:UNIVERSITY", "RESULT:RESEARCH_INSTITUTE");
        assertThat(needs).isBetween(60L, 140L);
    }

    @Test
    void every_industry_and_region_is_a_known_reference_and_the_catalogue_spans_many_of_them() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long user = catalogueUser(s);
            // foreign keys would refuse unknown codes; what matters is that the catalogue spreads over them
            assertThat(count(s, "select count(distinct industry_code) from listing where owner_user_id = " + user)).isGreaterThan(40);
            assertThat(count(s, "select count(distinct i.parent_code) from listing l join industry i on i.code = l.industry_code where owner_user_id = " + user))
                    .isGreaterThanOrEqualTo(9);
            assertThat(count(s, "select count(distinct region_code) from listing where owner_user_id = " + user)).isGreaterThan(15);
            assertThat(count(s, "select count(*) from listing where owner_user_id = " + user + " and region_code like '5106%'")).isPositive();
            assertThat(count(s, "select count(*) from listing where owner_user_id = " + user + " and region_code like '5117%'")).isPositive();
            assertThat(count(s, "select count(*) from listing_ip p join listing l on l.id = p.listing_id where l.owner_user_id = " + user))
                    .isGreaterThanOrEqualTo(COUNT - generated.stream().filter(d -> d.kind() == ListingKind.NEED).count());
        }
    }

    @Test
    void every_generated_listing_is_a_valid_form_in_chinese_with_valid_ip_numbers() {
        for (DemoListing d : generated) {
            ListingForm f = d.form();
            assertThat(validator.validate(f)).as(f.title()).isEmpty();
            assertThat(f.title()).matches(t -> CHINESE.matcher(t).find(), "Chinese title");
            assertThat(f.summary()).matches(t -> CHINESE.matcher(t).find(), "Chinese summary").contains(d.subject().name());
            assertThat(f.stage().allows(f.trl())).isTrue();
            assertThat(f.priceNegotiable() ? f.priceMin() == null && f.priceMax() == null : f.priceMin().scale() == 2).isTrue();
            assertThat(f.expiresAt()).isAfter(LocalDate.now()).isBefore(LocalDate.now().plusDays(730));
            if (d.kind() == ListingKind.NEED) {
                assertThat(f.problem()).isNotBlank();
                assertThat(f.targetIndicators()).containsAnyOf("提高到", "降低到", "提高", "降低");
                assertThat(f.ipItems()).isEmpty();
            } else {
                assertThat(f.rightsStatus()).isNotNull();
                assertThat(f.pricingMethod()).isNotNull();
                assertThat(f.ipItems()).isNotEmpty().allSatisfy(CatalogueTest::hasCheckedNumber);
            }
        }
    }

    @Test
    void generated_forms_pass_the_listing_rules_of_the_api() {
        int org = Listings.verifiedOrgOf("enterprise");
        List<DemoListing> sample = new ArrayList<>(generated.subList(0, 12));
        for (DemoListing d : sample) {
            given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON)
                    .queryParam("kind", d.kind().name()).queryParam("organizationId", org).body(toJson(d.form()))
                    .post("/api/v1/listings").then().statusCode(201);
        }
    }

    @Test
    void the_same_seed_gives_the_same_catalogue_and_another_seed_another() {
        Vocabulary vocabulary = Vocabulary.load();
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<String> a = fingerprint(new ListingCatalogue(vocabulary, 99, day).mixed(300));
        List<String> b = fingerprint(new ListingCatalogue(vocabulary, 99, day).mixed(300));
        List<String> c = fingerprint(new ListingCatalogue(vocabulary, 100, day).mixed(300));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        ListingCatalogue catalogue = new ListingCatalogue(vocabulary, 5, day);
        assertThat(catalogue.needs(50)).allSatisfy(d -> assertThat(d.kind()).isEqualTo(ListingKind.NEED));
        assertThat(catalogue.results(50)).allSatisfy(d -> assertThat(d.kind()).isEqualTo(ListingKind.RESULT));
        Set<String> subjects = new HashSet<>();
        new ListingCatalogue(vocabulary, 1, day).mixed(2000).forEach(d -> subjects.add(d.subjectId()));
        assertThat(subjects).hasSize(vocabulary.subjects().size());
    }

    @Test
    void the_catalogue_is_searchable_by_its_subjects() {
        Set<String> basaltTitles = new HashSet<>();
        generated.stream().filter(d -> d.subject().industryCode().equals("MAT.BASALT")).forEach(d -> basaltTitles.add(d.form().title()));
        assertThat(basaltTitles).isNotEmpty();
        List<String> titles = given().get("/api/v1/search?q=玄武岩&industry=MAT&size=100").then().statusCode(200)
                .extract().jsonPath().getList("hits.title", String.class);
        assertThat(titles).containsAll(basaltTitles);
        int dazhou = given().get("/api/v1/search?region=511700&size=1").then().statusCode(200).extract().path("total");
        assertThat(dazhou).isPositive();
    }

    @Test
    void patent_numbers_carry_the_mod_11_check_character() {
        assertThat(ListingCatalogue.patentNumber(2021, 1, 123456)).isEqualTo("202110123456.7");
        assertThat(ListingCatalogue.patentNumber(2003, 1, 117004)).endsWith(".X");
    }

    private static void hasCheckedNumber(IpItem item) {
        switch (item.type) {
            case INVENTION_PATENT, UTILITY_MODEL -> {
                String digits = item.number.replace("ZL", "");
                assertThat(digits).matches("(19|20)\\d{2}[12]\\d{7}\\.[0-9X]");
                assertThat(ListingCatalogue.patentNumber(Integer.parseInt(digits.substring(0, 4)), digits.charAt(4) - '0',
                        Integer.parseInt(digits.substring(5, 12)))).isEqualTo(digits);
            }
            case SOFTWARE_COPYRIGHT -> assertThat(item.number).matches("(19|20)\\d{2}SR\\d{7}");
            case TRADE_SECRET -> assertThat(item.number).isNull();
            default -> assertThat(item.number).isNotBlank().hasSizeLessThanOrEqualTo(40);
        }
    }

    private static List<String> fingerprint(List<DemoListing> listings) {
        return listings.stream().map(d -> d.subjectId() + d.kind() + d.ownerCreditCode() + d.form().title()
                + d.form().summary() + d.form().priceMin() + d.form().regionCode()
                + d.form().ipItems().stream().map(i -> i.number).toList() + d.publishedAt()).toList();
    }

    private String toJson(ListingForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long catalogueUser(Statement s) throws SQLException {
        return count(s, "select id from user_profile where subject = '" + CatalogueLoader.CATALOGUE_SUBJECT + "'");
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
