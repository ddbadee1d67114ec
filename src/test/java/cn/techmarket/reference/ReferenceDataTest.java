package cn.techmarket.reference;

import cn.techmarket.org.CreditCode;
import cn.techmarket.org.Organization;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ReferenceDataTest {
    @Inject
    Regions regions;

    @Test
    void every_city_and_district_the_seeds_name_is_loaded() {
        for (String code : List.of("510000", "510100", "510600", "510603", "510604", "510623", "510681", "510682",
                "510683", "511700", "511702", "511703", "511722", "511724", "511400", "512000", "510700", "500101", "500154")) {
            assertThat(regions.exists(code)).as(code).isTrue();
        }
        assertThat(regions.exists("519999")).isFalse();
        assertThat(regions.exists("51060")).isFalse();
    }

    @Test
    void a_region_group_covers_its_cities_and_their_districts() {
        List<String> cdmz = regions.codesIn("CDMZ");
        assertThat(cdmz).contains("510100", "510600", "511400", "512000", "510603", "510104")
                .doesNotContain("511700", "510700");
        assertThat(regions.codesIn("WDK")).contains("511700", "511702", "500101", "500154").doesNotContain("510600");
        given().get("/api/v1/region-groups").then().statusCode(200)
                .body("code", hasItems("CDMZ", "CDM", "WDK", "CHUANYU"));
    }

    @Test
    void the_industry_taxonomy_has_two_levels() {
        List<Industry> all = Industry.listAll();
        assertThat(all).anyMatch(i -> i.level == 1 && i.nameZh.contains("装备制造"));
        assertThat(all).anyMatch(i -> i.level == 2 && i.nameZh.contains("玄武岩纤维"));
        assertThat(all).filteredOn(i -> i.level == 2).allMatch(i -> i.parentCode != null);
    }

    @Test
    @Transactional
    void every_demo_organization_has_a_valid_credit_code_and_a_known_region() {
        List<Organization> orgs = Organization.listAll();
        assertThat(orgs).hasSizeGreaterThan(20);
        assertThat(orgs).allSatisfy(o -> {
            assertThat(CreditCode.isValid(o.creditCode)).as(o.nameZh + " " + o.creditCode).isTrue();
            assertThat(regions.exists(o.regionCode)).as(o.nameZh).isTrue();
        });
    }
}
