package cn.techmarket.web;

import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.WebBrowser;
import cn.techmarket.testsupport.WebBrowser.Width;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace's whole task in a real Chromium, as people do it: an enterprise signs in through Keycloak's form,
 * posts a need in Chinese and submits it; the operator approves it from the moderation queue; a researcher finds it
 * by search and expresses interest; the enterprise accepts and the contacts open. Every page visited is checked for
 * console errors and, on the phone, for fitting the screen; screenshots of the key pages go to target/screenshots/.
 */
@QuarkusTest
class BrowserJourneyTest {
    private static final Pattern LISTING = Pattern.compile("/listings/(\\d+)");

    @Test
    void a_need_posted_in_chinese_is_approved_found_and_answered_until_the_contacts_open_on_a_desktop() {
        journey(Width.DESKTOP);
    }

    @Test
    void the_same_task_works_on_a_390_px_phone() {
        journey(Width.PHONE);
    }

    private void journey(Width width) {
        Listings.verifiedOrgOf("enterprise");
        Listings.verifiedOrgOf("researcher");
        String code = "TM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String title = "燃气轮机叶片热障涂层寿命提升 " + code;
        try (WebBrowser browser = WebBrowser.open(width)) {
            browser.visit("/");
            browser.screenshot("home");

            browser.signIn("enterprise", "/listings/new?kind=NEED");
            assertThat(browser.url()).contains("/listings/new");
            browser.type(By.id("title"), title)
                    .type(By.id("summary"), "重型燃气轮机高温叶片热障涂层服役寿命不足，需联合高校院所攻关。")
                    .type(By.id("problem"), "现有涂层在1100℃下服役约8000小时即剥落，需提升至16000小时以上。")
                    .select(By.id("needClass"), "BOTTLENECK")
                    .select(By.id("industryCode"), "EQUIP")
                    .select(By.id("regionCode"), "510603")
                    .type(By.id("priceMin"), "50万")
                    .type(By.id("contactName"), "王工")
                    .type(By.id("contactPhone"), "0838-2200000");
            browser.screenshot("need-form");
            browser.click(By.id("submit-for-review"));
            assertThat(browser.url()).contains("saved=submitted");
            assertThat(browser.waitFor(By.id("submitted-notice")).getText()).contains("已提交审核");
            assertThat(browser.find(By.id("listing-state")).getText()).contains("待审核").contains("工作日");
            assertThat(browser.text()).as("50万 typed, 50万元 shown").contains("50万元");
            browser.screenshot("need-submitted");
            Matcher m = LISTING.matcher(browser.url());
            assertThat(m.find()).isTrue();
            long id = Long.parseLong(m.group(1));

            browser.signIn("admin", "/listings/moderation?q=" + code);
            assertThat(browser.find(By.id("queue-total")).getText()).isEqualTo("1");
            browser.screenshot("moderation-queue");
            browser.click(By.cssSelector("#queue-" + id + " input[name=ids]"));
            browser.click(By.id("bulk-approve"));
            assertThat(browser.waitFor(By.id("moderated-notice")).getText()).contains("已处理 1 条");
            browser.visit("/listings/" + id);
            assertThat(browser.text()).doesNotContain("待审核");

            browser.signIn("researcher", "/search?q=" + code);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (browser.findAll(By.linkText(title)).isEmpty() && Instant.now().isBefore(deadline)) {
                browser.visit("/search?q=" + code); // the index catches up within moments of the approval
            }
            browser.screenshot("search");
            browser.click(By.linkText(title));
            browser.type(By.id("interest-message"), "我院在热障涂层方面有多年积累，可开展联合攻关。")
                    .type(By.id("interest-phone"), "028-85400000");
            browser.click(By.cssSelector("#interest button[type=submit]")); // the redirect may still be loading
            assertThat(browser.waitFor(By.id("interest-notice")).getText()).contains("合作意向已发送");
            browser.screenshot("interest-sent");

            browser.signIn("enterprise", "/interests/received/" + id);
            browser.click(By.cssSelector("button[value=ACCEPT]"));
            assertThat(browser.text()).contains("028-85400000");
            browser.screenshot("interest-accepted");

            browser.signIn("researcher", "/listings/" + id);
            assertThat(browser.text()).contains("0838-2200000").contains("王工");
            browser.screenshot("contacts-open");
        }
    }
}
