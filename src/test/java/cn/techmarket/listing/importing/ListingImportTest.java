package cn.techmarket.listing.importing;

import cn.techmarket.importing.StaleImports;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Sheets;
import cn.techmarket.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ListingImportTest {

    @Test
    void a_csv_imports_exactly_its_good_rows_and_reports_each_bad_row_by_row_and_field() {
        String tag = "导入CSV" + System.nanoTime();
        int org = Listings.verifiedOrgOf("researcher");
        int id = Sheets.upload("researcher", "RESULT", org, "成果.csv",
                        Sheets.csv(Sheets.mixedResults(tag), StandardCharsets.UTF_8, true))
                .then().statusCode(202).body("status", equalTo("QUEUED")).body("totalRows", equalTo(7))
                .extract().path("id");

        JsonPath job = Sheets.awaitFinished("researcher", id);
        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(List.of(job.getInt("doneRows"), job.getInt("okRows"), job.getInt("failedRows"), job.getInt("percent")))
                .containsExactly(7, 2, 5, 100);
        assertReportsTheFiveBadRows(id);
        assertOnlyTheGoodRowsExist(tag);
        given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("entityType", "listing-import").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", equalTo(List.of("listing-import.created")));
        assertThat(sql("select string_agg(distinct a.actor_name, ',') from audit_entry a join listing l "
                + "on a.entity_type = 'listing' and a.entity_id = l.id::text where l.title like '" + tag + "%'"))
                .as("each imported listing is audited as created by the uploader").isEqualTo("researcher");
    }

    @Test
    void a_job_whose_instance_died_is_marked_failed_and_keeps_the_rows_it_imported() {
        byte[] csv = Sheets.csv(Sheets.mixedResults("中断" + System.nanoTime()), StandardCharsets.UTF_8, true);
        int id = Sheets.upload("researcher", "RESULT", Listings.verifiedOrgOf("researcher"), "成果.csv", csv)
                .then().statusCode(202).extract().path("id");
        Sheets.awaitFinished("researcher", id);
        sql("update listing_import set status = 'RUNNING', finished_at = null, updated_at = now() - interval '11 minutes' "
                + "where id = " + id + " returning id");
        Arc.container().instance(StaleImports.class).get().sweep();
        given().header("Authorization", Tokens.bearer("researcher")).header("Accept-Language", "en")
                .get("/api/v1/listing-imports/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("okRows", equalTo(2))
                .body("failure", containsString("interrupted"));
    }

    @Test
    void an_xlsx_workbook_imports_the_same_rows_the_same_way() {
        String tag = "导入XLSX" + System.nanoTime();
        int id = Sheets.upload("researcher", "RESULT", Listings.verifiedOrgOf("researcher"), "成果.xlsx",
                Sheets.xlsx(Sheets.mixedResults(tag))).then().statusCode(202).body("format", equalTo("XLSX"))
                .extract().path("id");

        JsonPath job = Sheets.awaitFinished("researcher", id);
        assertThat(List.of(job.getString("status"), job.getInt("okRows"), job.getInt("failedRows")))
                .containsExactly("DONE", 2, 5);
        assertReportsTheFiveBadRows(id);
        assertOnlyTheGoodRowsExist(tag);
    }

    @Test
    void a_gbk_csv_from_chinese_excel_imports_and_can_submit_for_moderation() {
        String title = "GBK需求" + System.nanoTime() + "：高温合金叶片寿命";
        List<List<Object>> rows = List.of(
                List.of("标题", "摘要", "行业代码", "地区代码", "需解决的问题", "需求类别", "面议", "备注"),
                List.of(title, "现有叶片寿命不足，寻求涂层技术。", "EQUIP", "510603", "叶片高温氧化", "卡脖子", "是", "内部备注"));
        byte[] gbk = Sheets.csv(rows, Charset.forName("GBK"), false);
        int id = given().header("Authorization", Tokens.bearer("enterprise"))
                .queryParam("kind", "NEED").queryParam("organizationId", Listings.verifiedOrgOf("enterprise"))
                .queryParam("submit", true).multiPart("file", "需求.csv", gbk, "text/csv")
                .post("/api/v1/listing-imports").then().statusCode(202)
                .body("ignoredColumns", equalTo(List.of("备注"))).extract().path("id");

        assertThat(Sheets.awaitFinished("enterprise", id).getInt("okRows")).isEqualTo(1);
        assertThat(sql("select status || ' ' || need_class || ' ' || summary from listing where title = '" + title + "'"))
                .isEqualTo("SUBMITTED BOTTLENECK 现有叶片寿命不足，寻求涂层技术。");
    }

    @Test
    void only_members_with_the_right_role_import_and_only_members_see_the_job() {
        int researchers = Listings.verifiedOrgOf("researcher");
        byte[] csv = Sheets.csv(Sheets.mixedResults("无权" + System.nanoTime()), StandardCharsets.UTF_8, true);
        Listings.verifiedOrgOf("enterprise2");
        Sheets.upload("enterprise2", "RESULT", researchers, "成果.csv", csv).then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("forbidden"));
        Sheets.upload("researcher", "NEED", researchers, "需求.csv", csv).then().statusCode(403);
        given().multiPart("file", "成果.csv", csv).queryParam("kind", "RESULT").queryParam("organizationId", researchers)
                .post("/api/v1/listing-imports").then().statusCode(401);

        int id = Sheets.upload("researcher", "RESULT", researchers, "成果.csv", csv).then().statusCode(202)
                .extract().path("id");
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/listing-imports/" + id)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("enterprise2")).get("/api/v1/listing-imports/" + id + "/errors")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/listing-imports/" + id)
                .then().statusCode(200);
        Sheets.awaitFinished("researcher", id);
    }

    @Test
    void a_file_that_cannot_be_imported_is_a_400_problem_on_the_file_field_never_a_500() {
        int org = Listings.verifiedOrgOf("researcher");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] notAWorkbook = Sheets.xlsx(List.of(List.of("x"))).clone();
        notAWorkbook[notAWorkbook.length / 2] ^= 0x55;
        Map<String, byte[]> files = Map.of(
                "图片.csv", png,
                "旧版.xls", xls,
                "损坏.xlsx", notAWorkbook,
                "无表头.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
                "缺列.csv", "标题,摘要\n标题一,摘要一\n".getBytes(StandardCharsets.UTF_8),
                "空.csv", new byte[0],
                "只有表头.csv", Sheets.csv(List.of(Sheets.RESULT_HEADER), StandardCharsets.UTF_8, true),
                "过多.csv", tooManyRows(),
                "过大.csv", new byte[10 * 1024 * 1024 + 1]);
        files.forEach((name, content) -> Sheets.upload("researcher", "RESULT", org, name, content)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("file")));

        Sheets.upload("researcher", "RESULT", org, "旧版.xls", xls).then().body("errors[0].message", containsString(".xlsx"));
        Sheets.upload("researcher", "RESULT", org, "缺列.csv", files.get("缺列.csv"))
                .then().body("errors[0].message", containsString("行业代码"));
        given().header("Authorization", Tokens.bearer("researcher")).header("Accept-Language", "en")
                .queryParam("kind", "RESULT").queryParam("organizationId", org)
                .multiPart("file", "过多.csv", files.get("过多.csv")).post("/api/v1/listing-imports")
                .then().statusCode(400).body("errors[0].message", equalTo("at most 5000 rows per file: split the file"));
        given().header("Authorization", Tokens.bearer("researcher")).contentType(ContentType.JSON).body("{}")
                .queryParam("kind", "RESULT").queryParam("organizationId", org).post("/api/v1/listing-imports")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void a_declared_body_beyond_the_upload_limit_or_any_other_body_beyond_2_mb_is_a_413_problem() {
        int org = Listings.verifiedOrgOf("researcher");
        byte[] multipart = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
                + "x".repeat(12 * 1024 * 1024) + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
        given().header("Authorization", Tokens.bearer("researcher")).contentType("multipart/form-data; boundary=b")
                .body(multipart).queryParam("kind", "RESULT").queryParam("organizationId", org)
                .post("/api/v1/listing-imports").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("too-large"))
                .body("detail", containsString("11 MB"));
        String big = "{\"nameZh\":\"" + "大".repeat(1024 * 1024) + "\"}";
        given().header("Authorization", Tokens.bearer("enterprise")).contentType(ContentType.JSON).body(big)
                .post("/api/v1/organizations").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("too-large"));
    }

    @Test
    void the_templates_download_as_csv_for_excel_and_as_xlsx() {
        byte[] csv = given().queryParam("kind", "RESULT").get("/api/v1/listing-imports/template")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF标题*,摘要*,详细说明,").contains("知识产权").doesNotContain("需求类别");
        given().header("Accept-Language", "en").queryParam("kind", "NEED").get("/api/v1/listing-imports/template")
                .then().body(containsString("title*,summary*,details")).body(containsString("needClass*"));
        byte[] xlsx = given().queryParam("kind", "NEED").queryParam("format", "xlsx")
                .get("/api/v1/listing-imports/template").then().statusCode(200)
                .contentType(startsWith(ListingImportResource.XLSX)).extract().asByteArray();
        assertThat(xlsx).startsWith(0x50, 0x4B, 0x03, 0x04);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/listing-imports/{id}/errors")).body(containsString("listing imports"));
    }

    private static void assertReportsTheFiveBadRows(int id) {
        JsonPath report = given().header("Authorization", Tokens.bearer("researcher"))
                .get("/api/v1/listing-imports/" + id + "/errors").then().statusCode(200).extract().jsonPath();
        List<String> rowAndField = new ArrayList<>();
        for (int i = 0; i < report.getInt("total"); i++) {
            rowAndField.add(report.getInt("items[" + i + "].row") + " " + report.getString("items[" + i + "].field"));
        }
        assertThat(rowAndField).containsExactly("3 industryCode", "4 trl", "5 ipItems[0].number", "6 priceMax", "7 title");
        assertThat(report.getString("items[0].column")).isEqualTo("行业代码*");
        assertThat(report.getString("items[0].message")).isEqualTo("不是已知的行业代码");

        String csv = given().header("Authorization", Tokens.bearer("researcher")).header("Accept-Language", "en")
                .accept("text/csv").get("/api/v1/listing-imports/" + id + "/errors").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFRow,Column,Field,Error\r\n3,行业代码*,industryCode,is not a known industry code\r\n");
    }

    /** Exactly the two good rows became listings, with exactly their IP items: nothing of a bad row is left. */
    private static void assertOnlyTheGoodRowsExist(String tag) {
        assertThat(sql("select string_agg(title, ' | ' order by title) from listing where title like '" + tag + "%'"))
                .isEqualTo(tag + "-按名称填写 | " + tag + "-高效换热装置");
        assertThat(sql("select string_agg(ip.ip_type || ':' || coalesce(ip.number, '') || ':' || ip.ip_status, ' | ' "
                + "order by l.title, ip.position) from listing_ip ip join listing l on l.id = ip.listing_id "
                + "where l.title like '" + tag + "%'"))
                .isEqualTo("TRADE_SECRET::OTHER | INVENTION_PATENT:ZL2021 1 0123456.7:GRANTED | SOFTWARE_COPYRIGHT:2023SR0123456:GRANTED");
        assertThat(sql("select industry_code || ' ' || region_code || ' ' || modes || ' ' || price_negotiable || ' ' || summary "
                + "from listing where title = '" + tag + "-按名称填写'"))
                .isEqualTo("EQUIP 510603 JOINT_DEV,SERVICE true 第一行\n第二行，含\"引号\"");
    }

    private static byte[] tooManyRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Sheets.RESULT_HEADER);
        for (int i = 0; i < 5001; i++) {
            rows.add(List.of("t" + i, "s", "EQUIP", "510603"));
        }
        return Sheets.csv(rows, StandardCharsets.UTF_8, false);
    }

    private static String sql(String query) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(query).getSingleResult()));
    }
}
