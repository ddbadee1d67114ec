package cn.techmarket.stats;

import cn.techmarket.testsupport.WebBrowser;
import cn.techmarket.testsupport.WebBrowser.Width;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's dashboards draw their ECharts charts in a real Chromium, from the web jar and the chart scripts'
 * files (the CSP forbids inline script): every chart box gets its canvas, the console stays clean, and on a phone
 * the page is no wider than the screen (WebBrowser checks both on every visit). Screenshots go to target/screenshots/.
 */
@QuarkusTest
class DashboardChartsBrowserTest {

    @Test
    void the_contract_statistics_and_the_voucher_monitor_draw_their_charts() {
        for (Width width : List.of(Width.DESKTOP, Width.PHONE)) {
            try (WebBrowser browser = WebBrowser.open(width)) {
                browser.signIn("bureau", "/bureau?scope=510600&period=2025");
                browser.waitFor(By.cssSelector("#chart-trend canvas"));
                List<WebElement> boxes = browser.findAll(By.cssSelector("#bureau-charts .chart-box"));
                assertThat(boxes).hasSizeGreaterThanOrEqualTo(5);
                for (WebElement box : boxes) {
                    assertThat(box.findElements(By.tagName("canvas"))).as("chart %s is drawn", box.getAttribute("id"))
                            .isNotEmpty();
                }
                assertThat(browser.findAll(By.id("table-targets"))).as("every figure is also a table").isNotEmpty();
                browser.checkPage();
                browser.screenshot("bureau-dashboard");

                browser.visit("/vouchers/monitor");
                browser.waitFor(By.cssSelector("[data-chart] canvas"));
                for (WebElement chart : browser.findAll(By.cssSelector(".chart[data-chart]"))) {
                    assertThat(chart.findElements(By.tagName("canvas"))).as("voucher chart %s is drawn",
                            chart.getAttribute("data-chart")).isNotEmpty();
                }
                browser.checkPage();
                browser.screenshot("voucher-monitor");
            }
        }
    }
}
