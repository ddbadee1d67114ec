package cn.techmarket.broker;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker's workbench puts their own work first, and the open queue is filtered with its true total. */
@QuarkusTest
class WorkbenchPageTest {
    private static final Pattern TOTAL = Pattern.compile("id=\"queue-total\">(\\d+)<");

    @Test
    void my_claims_and_deals_come_before_the_open_queue_which_filters_with_its_true_total() {
        Brokers.ensureProfile("broker");
        String title = "达州工作台筛选-" + UUID.randomUUID();
        Map<String, Object> need = new java.util.HashMap<>(Listings.aNeed(title));
        need.put("regionCode", "511702"); // 通川区, 达州
        need.put("industryCode", "MAT");
        Listings.published("enterprise", "NEED", need);
        Browser broker = Browser.signIn("broker");

        String all = broker.get("/broker").then().statusCode(200).extract().asString();
        assertThat(all.indexOf("id=\"claims\"")).isPositive().isLessThan(all.indexOf("id=\"queue\""));
        assertThat(all.indexOf("id=\"deals\"")).isPositive().isLessThan(all.indexOf("id=\"queue\""));
        long total = total(all);

        String dazhou = broker.get("/broker?region=511700&industry=MAT&size=100").then().statusCode(200).extract().asString();
        assertThat(dazhou).contains(title);
        assertThat(total(dazhou)).isPositive().isLessThanOrEqualTo(total);
        assertThat(dazhou).contains("value=\"511700\" selected");
    }

    private static long total(String page) {
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as("the queue shows its total").isTrue();
        return Long.parseLong(m.group(1));
    }
}
