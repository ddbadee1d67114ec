package cn.techmarket.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Import files built in the test (CSV in any encoding, real .xlsx), their upload, and a wait for the job to finish. */
public final class Sheets {
    public static final List<Object> RESULT_HEADER = List.of("标题*", "摘要*", "行业代码*", "地区代码*", "成熟度", "TRL",
            "合作方式", "面议", "价格下限（元）", "价格上限（元）", "权属*", "定价方式*", "知识产权", "有效期至");

    private Sheets() {
    }

    /**
     * Seven results under the header (rows 2–8): rows 2 and 8 are good; rows 3–7 each break one rule, in the order
     * industryCode, trl, ipItems[0].number, priceMax, title. Row 8 names its industry and region by name and has a
     * summary with a line break and quotes.
     */
    public static List<List<Object>> mixedResults(String tag) {
        LocalDate expires = LocalDate.now().plusDays(100);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(RESULT_HEADER);
        rows.add(result(tag + "-高效换热装置", "EQUIP", "中试", 5, 1200000, null,
                "发明专利:ZL2021 1 0123456.7:已授权:一种高效换热装置;软著:2023SR0123456:已授权", expires));
        rows.add(result(tag + "-坏行业", "NOPE", "中试", 5, 1000, null, "", expires));
        rows.add(result(tag + "-成熟度不符", "EQUIP", "小试", 9, 1000, null, "", expires));
        rows.add(result(tag + "-专利号错误", "EQUIP", "中试", 5, 1000, null, "发明专利:123:已授权", expires));
        rows.add(result(tag + "-价格倒挂", "EQUIP", "中试", 5, 200, 100, "", expires));
        rows.add(result("", "EQUIP", "中试", 5, 1000, null, "", expires));
        List<Object> named = new ArrayList<>(result(tag + "-按名称填写", "装备制造", "熟化", 6, null, null,
                "技术秘密", null));
        named.set(1, "第一行\n第二行，含\"引号\"");
        named.set(3, "旌阳区");
        named.set(6, "合作开发；技术服务");
        named.set(7, "是");
        rows.add(named);
        return rows;
    }

    private static List<Object> result(String title, String industry, String stage, int trl, Integer min, Integer max,
                                       String ip, LocalDate expires) {
        List<Object> row = new ArrayList<>(List.of(title, "已完成验证的科技成果：" + title, industry, "510603", stage, trl,
                "技术转让、技术许可", "否", "", "", "单位所有", "协议定价", ip, ""));
        row.set(8, min == null ? "" : BigDecimal.valueOf(min));
        row.set(9, max == null ? "" : BigDecimal.valueOf(max));
        row.set(13, expires == null ? "" : expires);
        return row;
    }

    public static byte[] csv(List<List<Object>> rows, Charset charset, boolean byteOrderMark) {
        String text = rows.stream().map(r -> r.stream().map(Sheets::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", byteOrderMark ? "\uFEFF" : "", "\r\n"));
        return text.getBytes(charset);
    }

    private static String quoted(Object cell) {
        String text = String.valueOf(cell);
        return text.matches("(?s).*[,\"\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Numbers as numbers and dates as Excel dates, as a person's workbook has them. */
    public static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("成果");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object cell = rows.get(r).get(c);
                    if (cell instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (cell instanceof LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (!"".equals(cell)) {
                        sheet.value(r, c, String.valueOf(cell));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Response upload(String user, String kind, int organizationId, String fileName, byte[] content) {
        return given().header("Authorization", Tokens.bearer(user))
                .queryParam("kind", kind).queryParam("organizationId", organizationId)
                .multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/v1/listing-imports");
    }

    /** Polls the job as the API client would, until it has finished. */
    public static JsonPath awaitFinished(String user, int id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().header("Authorization", Tokens.bearer(user)).get("/api/v1/listing-imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (job.get("finishedAt") != null) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for import " + id, e);
            }
        }
        return fail("import " + id + " did not finish in 90 s");
    }
}
