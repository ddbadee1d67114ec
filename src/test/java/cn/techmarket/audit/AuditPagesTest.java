package cn.techmarket.audit;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bureau lands on its statistics dashboard, one step from the marketplace's activity and the audit trail as a
 * page, not raw JSON.
 */
@QuarkusTest
class AuditPagesTest {

    @Test
    void the_bureau_lands_on_its_dashboard_and_reads_the_activity_and_audit_trail_in_words() {
        Listings.published("enterprise", "NEED", Listings.aNeed("审计页面-" + UUID.randomUUID()));
        Browser bureau = Browser.signIn("bureau");
        Response landing = bureau.get("/login");
        assertEquals(303, landing.statusCode());
        assertThat(landing.header("Location")).endsWith("/bureau");
        assertThat(bureau.follow(landing).then().statusCode(200).extract().asString()).contains("href=\"/audit\"");
        String page = bureau.get("/audit").then().statusCode(200).extract().asString();
        assertThat(page).contains("近 30 天的平台活动").contains("审核通过并发布").contains("id=\"audit-entries\"")
                .contains("href=\"/bureau\"").doesNotContain("\"entityType\":");
        assertThat(bureau.get("/audit?entityType=listing").then().statusCode(200).extract().asString())
                .contains("创建了草稿");
        assertEquals(403, Browser.signIn("enterprise").get("/audit").statusCode());
    }
}
