package cn.techmarket.listing.importing;

import cn.techmarket.testsupport.Browser;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ListingImportPagesTest {

    @Test
    void the_upload_form_starts_an_import_whose_page_shows_progress_and_the_report_in_chinese_and_english() {
        Browser browser = Browser.signIn("researcher");
        browser.get("/listings/import").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"_csrf\""))
                .body(containsString("/api/v1/listing-imports/template?kind=RESULT&amp;format=xlsx"));

        Response started = browser.postFile("/listings/import", form(browser), "成果.csv",
                Sheets.csv(Sheets.mixedResults("页面导入" + System.nanoTime()), StandardCharsets.UTF_8, true));
        assertThat(started.statusCode()).isEqualTo(303);
        String page = started.header("Location");
        assertThat(page).matches(".*/listings/import/\\d+");
        int id = Integer.parseInt(page.substring(page.lastIndexOf('/') + 1));
        browser.follow(started).then().statusCode(200).body(containsString("<progress"));

        Sheets.awaitFinished("researcher", id);
        browser.get("/listings/import/" + id).then().statusCode(200).header("Refresh", nullValue())
                .body(containsString("导入 #" + id)).body(containsString("已完成"))
                .body(containsString("共 7 行，已处理 7 行：成功 2 行，失败 5 行"))
                .body(containsString("第 3 行")).body(containsString("行业代码*"))
                .body(containsString("不是已知的行业代码"))
                .body(containsString("/listings/import/" + id + "/errors.csv"));
        browser.english().get("/listings/import/" + id).then().statusCode(200)
                .body(containsString("Import #" + id)).body(containsString("7 rows, 7 processed: 2 imported, 5 failed"))
                .body(containsString("Row 7")).body(containsString("the title is required"))
                .body(not(containsString("请填写标题")));
        browser.get("/listings/import/" + id + "/errors.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(containsString("Row,Column,Field,Error"));
    }

    @Test
    void a_file_that_cannot_be_imported_is_reported_beside_the_file_field_and_a_forged_form_is_refused() {
        Browser browser = Browser.signIn("researcher");
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        browser.postFile("/listings/import", form(browser), "图片.csv", picture).then().statusCode(400)
                .body(containsString("id=\"file-error\"")).body(containsString("不是 CSV 或 .xlsx 文件"));

        Map<String, Object> forged = form(browser);
        forged.remove("_csrf");
        browser.postFile("/listings/import", forged, "图片.csv", picture).then().statusCode(403);
    }

    @Test
    void another_organizations_import_page_does_not_exist_for_you() {
        int id = Sheets.upload("researcher", "RESULT", Listings.verifiedOrgOf("researcher"), "成果.csv",
                Sheets.csv(Sheets.mixedResults("他人导入" + System.nanoTime()), StandardCharsets.UTF_8, true))
                .then().statusCode(202).extract().path("id");
        Browser.signIn("enterprise2").get("/listings/import/" + id).then().statusCode(404);
        Sheets.awaitFinished("researcher", id);
    }

    private static Map<String, Object> form(Browser browser) {
        Map<String, Object> form = new HashMap<>();
        form.put("_csrf", browser.csrf());
        form.put("organizationId", Listings.verifiedOrgOf("researcher"));
        form.put("kind", "RESULT");
        return form;
    }
}
