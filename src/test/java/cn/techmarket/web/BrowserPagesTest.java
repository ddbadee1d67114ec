package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.WebBrowser;
import cn.techmarket.testsupport.WebBrowser.Width;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's key pages in a real Chromium: on a 390 px phone none is wider than the screen (WebBrowser checks it on
 * every visit, with the console), and on a desktop the home page's figures stand on one line. Screenshots of each
 * page go to target/screenshots/.
 */
@QuarkusTest
class BrowserPagesTest {

    @Test
    void every_roles_key_pages_fit_a_390_px_phone_without_console_errors() {
        Listings.verifiedOrgOf("researcher");
        Brokers.ensureProfile("broker");
        try (WebBrowser phone = WebBrowser.open(Width.PHONE)) {
            phone.visit("/search?q=涂层").screenshot("search-anonymous");
            phone.visit("/orgs");
            phone.signIn("researcher", "/listings/new?kind=RESULT");
            assertThat(phone.findAll(By.cssSelector("table.ip-rows"))).as("the 科技成果 form has its IP table").isNotEmpty();
            phone.screenshot("result-form");
            phone.visit("/interests/mine").visit("/inbox");
            phone.signIn("broker", "/broker/profile");
            assertThat(phone.findAll(By.cssSelector("#fields input[type=checkbox]"))).as("fields are checkboxes").isNotEmpty();
            assertThat(phone.findAll(By.cssSelector("select[multiple]"))).as("no Ctrl-click multi-select").isEmpty();
            phone.screenshot("broker-profile");
            phone.visit("/broker").screenshot("broker-workbench");
            phone.signIn("admin", "/listings/moderation").screenshot("moderation-queue-admin");
            phone.signIn("bureau", "/audit").screenshot("bureau-audit");
        }
    }

    @Test
    void on_a_desktop_the_home_figures_stand_on_one_line_and_the_role_menus_open() {
        try (WebBrowser desktop = WebBrowser.open(Width.DESKTOP)) {
            desktop.visit("/");
            List<WebElement> figures = desktop.findAll(By.cssSelector("#home-figures strong"));
            assertThat(figures).hasSize(3);
            assertThat(figures.stream().map(f -> f.getLocation().getY()).distinct()).as("one line").hasSize(1);
            desktop.visit("/login?next=%2F");
            desktop.waitFor(By.id("username"));
            desktop.screenshot("keycloak-sign-in");
            desktop.signIn("admin", "/");
            desktop.click(By.cssSelector("#menu-admin summary"));
            assertThat(desktop.find(By.cssSelector("#menu-admin a[href='/listings/moderation']")).isDisplayed()).isTrue();
            desktop.screenshot("admin-menu");
        }
    }
}
