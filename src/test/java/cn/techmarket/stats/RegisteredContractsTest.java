package cn.techmarket.stats;

import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures follow the contract feature's own workflow (registration, 变更登记, 注销登记 through its API, the event
 * fired in its transaction). Other tests register contracts too, so this one compares the figures before and after
 * each step: a 什邡 seller (nobody else's) selling to 达州.
 */
@QuarkusTest
class RegisteredContractsTest {
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void registration_change_and_cancellation_move_the_figures_by_exactly_their_amounts_from_their_effective_dates() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String year = String.valueOf(today.getYear());
        String later = "2099-12-31";
        String[] before = {output("510682", year, later), absorbed("511700", year, later)};

        int org = Listings.verifiedOrgOf("enterprise");
        Map<String, Object> form = Contracts.aContract(org, "510682", "300000.00");
        Contracts.addCost(form, "EQUIPMENT", "50000.00");
        int id = Contracts.submitted("enterprise", form);
        Contracts.act("registrar", id, "registration", null).then().statusCode(200);
        assertThat(moved(before[0], output("510682", year, later))).isEqualTo("1 300000.00 250000.00");
        assertThat(moved(before[1], absorbed("511700", year, later))).isEqualTo("1 300000.00 250000.00");

        Map<String, Object> change = Contracts.reason("补充协议", today.plusDays(10).toString());
        change.put("totalAmount", "360000.00");
        change.put("costLines", List.of(Contracts.costLine("PARTS", "60000.00")));
        Contracts.act("registrar", id, "changes", change).then().statusCode(200);
        assertThat(moved(before[0], output("510682", year, later))).isEqualTo("1 360000.00 300000.00");
        assertThat(moved(before[0], output("510682", year, today.plusDays(9).toString())))
                .as("a change counts from its effective date").isEqualTo("1 300000.00 250000.00");

        Contracts.act("registrar", id, "cancellation", Contracts.reason("双方解除合同", today.plusDays(20).toString()))
                .then().statusCode(200);
        assertThat(moved(before[0], output("510682", year, later))).isEqualTo("0 0.00 0.00");
        assertThat(moved(before[1], absorbed("511700", year, later))).isEqualTo("0 0.00 0.00");
        assertThat(moved(before[0], output("510682", year, today.plusDays(15).toString())))
                .isEqualTo("1 360000.00 300000.00");
    }

    private static String output(String scope, String period, String asOf) {
        return flow(scope, period, asOf, "flow:OUTPUT");
    }

    private static String absorbed(String scope, String period, String asOf) {
        return flow(scope, period, asOf, "flow:ABSORBED");
    }

    private static String flow(String scope, String period, String asOf, String row) {
        JsonPath d = given().header("Authorization", Tokens.bearer("bureau"))
                .queryParams(Map.of("scope", scope, "period", period, "asOf", asOf))
                .get("/api/v1/stats/dashboard").then().statusCode(200).extract().jsonPath().using(EXACT);
        String r = "tables.find { it.key == 'flows' }.rows.find { it.key == '" + row + "' }.current";
        return d.getString(r + ".count") + " " + d.getString(r + ".total") + " " + d.getString(r + ".tech");
    }

    /** after − before, field by field. */
    private static String moved(String before, String after) {
        String[] a = before.split(" ");
        String[] b = after.split(" ");
        return (Long.parseLong(b[0]) - Long.parseLong(a[0])) + " " + new BigDecimal(b[1]).subtract(new BigDecimal(a[1]))
                + " " + new BigDecimal(b[2]).subtract(new BigDecimal(a[2]));
    }
}
