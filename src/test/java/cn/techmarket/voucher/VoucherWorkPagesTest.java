package cn.techmarket.voucher;

import cn.techmarket.testsupport.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.techmarket.voucher.VoucherWorld.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What was API-only, through the pages: a provider registers with its catalogue and the city bureau accepts it; the
 * enterprise orders, the provider confirms scope and fee; evidence is uploaded (a hostile file is refused with nothing
 * stored) and submitted with the invoice's date.
 */
@QuarkusTest
class VoucherWorkPagesTest {
    private static final String DEYANG = "510600";
    private static final Pattern ORDER = Pattern.compile("/vouchers/orders/(\\d+)$");

    @Test
    void a_provider_registers_on_the_page_with_its_catalogue_and_the_city_bureau_accepts_it() {
        VoucherWorld.bureauOf(DEYANG);
        int org = VoucherWorld.org("provider", "德阳分析测试中心", "SERVICE_PROVIDER", "510603", List.of());
        Browser provider = Browser.signIn("provider");
        provider.get("/vouchers/providers").then().statusCode(200)
                .body(containsString("action=\"/vouchers/providers/" + org + "/registration\""));
        provider.post("/vouchers/providers/" + org + "/registration", Map.of("_csrf", provider.csrf(), "citiesServed", ""))
                .then().statusCode(400).body(containsString("id=\"citiesServed-error\""));
        assertEquals(303, provider.post("/vouchers/providers/" + org + "/registration",
                Map.of("_csrf", provider.csrf(), "citiesServed", "510600，510100", "note", "CMA 资质")).statusCode());
        as("provider").get("/api/v1/voucher-providers/" + org).then().body("status", equalTo("PENDING"))
                .body("citiesServed", equalTo(List.of(DEYANG, "510100")));
        provider.post("/vouchers/providers/" + org + "/services", Map.of("_csrf", provider.csrf(), "category", "TESTING",
                "nameZh", "金属材料成分分析", "price", "abc")).then().statusCode(400)
                .body(containsString("id=\"price-error\"")).body(containsString("金属材料成分分析"));
        assertEquals(303, provider.post("/vouchers/providers/" + org + "/services", Map.of("_csrf", provider.csrf(),
                "category", "TESTING", "nameZh", "金属材料成分分析", "price", "8,800.00")).statusCode());
        provider.get("/vouchers/providers").then().statusCode(200).body(containsString("¥8,800.00"));

        Browser officer = Browser.signIn("bureau");
        officer.get("/vouchers/providers").then().statusCode(200).body(containsString("id=\"decide-" + org + "\""));
        assertEquals(303, officer.post("/vouchers/providers/" + org + "/decision",
                Map.of("_csrf", officer.csrf(), "status", "ACCEPTED")).statusCode());
        as("provider").get("/api/v1/voucher-providers/" + org).then().body("status", equalTo("ACCEPTED"))
                .body("services[0].price", equalTo(8800.00f));
        // no CSRF token: refused, nothing changes
        assertEquals(403, officer.post("/vouchers/providers/" + org + "/decision", Map.of("status", "SUSPENDED")).statusCode());
        as("provider").get("/api/v1/voucher-providers/" + org).then().body("status", equalTo("ACCEPTED"));
        Browser.signIn("enterprise").post("/vouchers/providers/" + org + "/decision",
                Map.of("_csrf", Browser.signIn("enterprise").csrf(), "status", "SUSPENDED")).then().statusCode(403);
    }

    @Test
    void the_enterprise_orders_the_provider_confirms_and_evidence_is_uploaded_and_submitted_on_the_pages() {
        VoucherWorld.Scene scene = VoucherWorld.deyang("ADVANCE", "500000.00", "TESTING", "10000.00");
        int voucher = VoucherWorld.issued("enterprise", scene.programme(), scene.holder(), "3000.00");
        int service = scene.provider()[1];

        Browser enterprise = Browser.signIn("enterprise");
        enterprise.get("/vouchers/" + voucher).then().statusCode(200).body(containsString("value=\"" + service + "\""));
        Map<String, Object> order = new HashMap<>(Map.of("_csrf", enterprise.csrf(), "voucherId", voucher,
                "serviceId", service, "scope", ""));
        enterprise.post("/vouchers/orders", order).then().statusCode(400).body(containsString("id=\"scope-error\""));
        order.put("scope", "拉伸性能检测 20 件");
        Response placed = enterprise.post("/vouchers/orders", order);
        assertEquals(303, placed.statusCode());
        Matcher m = ORDER.matcher(placed.header("Location"));
        assertTrue(m.find(), placed.header("Location"));
        int orderId = Integer.parseInt(m.group(1));

        Browser provider = Browser.signIn("provider");
        provider.get("/vouchers/orders/" + orderId).then().statusCode(200)
                .body(containsString("action=\"/vouchers/orders/" + orderId + "/confirmation\""));
        provider.post("/vouchers/orders/" + orderId + "/confirmation", Map.of("_csrf", provider.csrf(), "fee", "",
                "scope", "拉伸性能检测 20 件")).then().statusCode(400).body(containsString("id=\"fee-error\""));
        Response confirmed = provider.post("/vouchers/orders/" + orderId + "/confirmation",
                Map.of("_csrf", provider.csrf(), "fee", "9,000.00", "scope", "拉伸性能检测 20 件"));
        assertEquals(303, confirmed.statusCode());
        assertEquals("/vouchers/" + voucher, java.net.URI.create(confirmed.header("Location")).getPath());
        as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("RESERVED"))
                .body("reserved", equalTo(2700.00f));
        enterprise.get("/vouchers/orders/" + orderId).then().statusCode(200)
                .body(not(containsString("/confirmation\"")));

        // hostile files: a script named .pdf, a path in the name; each a message beside the file, nothing stored
        enterprise.get("/vouchers/" + voucher).then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""));
        enterprise.postFile("/vouchers/evidence/" + voucher, Map.of("_csrf", enterprise.csrf(), "kind", "INVOICE"),
                        "invoice.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body(containsString("id=\"file-error\""));
        enterprise.postFile("/vouchers/evidence/" + voucher, Map.of("_csrf", enterprise.csrf(), "kind", "INVOICE"),
                "../../invoice.pdf", VoucherWorld.PDF).then().statusCode(400).body(containsString("id=\"file-error\""));
        assertEquals(403, enterprise.postFile("/vouchers/evidence/" + voucher, Map.of("kind", "INVOICE"),
                "invoice.pdf", VoucherWorld.PDF).statusCode());
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.findAll { it.action == 'voucher.evidence-added' }.size()", equalTo(0));

        for (String kind : List.of("CONTRACT", "INVOICE", "BANK_RECEIPT")) {
            assertEquals(303, enterprise.postFile("/vouchers/evidence/" + voucher, Map.of("_csrf", enterprise.csrf(),
                    "kind", kind), kind.toLowerCase() + ".pdf", VoucherWorld.PDF).statusCode());
        }
        // submitting before the deliverable is there: a message, not an error page
        enterprise.post("/vouchers/evidence/" + voucher + "/submission", Map.of("_csrf", enterprise.csrf(),
                "invoiceDate", VoucherWorld.today().toString())).then().statusCode(400).body(containsString("id=\"file-error\""));
        assertEquals(303, provider.postFile("/vouchers/evidence/" + voucher, Map.of("_csrf", provider.csrf(),
                "kind", "DELIVERABLE"), "report.pdf", VoucherWorld.PDF).statusCode());
        String sha = cn.techmarket.web.UploadedFiles.sha256(VoucherWorld.PDF);
        enterprise.get("/vouchers/" + voucher).then().statusCode(200).body(containsString(sha.substring(0, 12)))
                .body(containsString("report.pdf"));
        as("enterprise").get("/api/v1/vouchers/" + voucher + "/audit").then()
                .body("items.findAll { it.action == 'voucher.evidence-added' }.size()", equalTo(4))
                .body(containsString(sha));

        enterprise.post("/vouchers/evidence/" + voucher + "/submission", Map.of("_csrf", enterprise.csrf(),
                        "invoiceDate", VoucherWorld.today().plusYears(1).toString())).then().statusCode(400)
                .body(containsString("id=\"invoiceDate-error\""));
        assertEquals(303, enterprise.post("/vouchers/evidence/" + voucher + "/submission", Map.of("_csrf",
                enterprise.csrf(), "invoiceDate", VoucherWorld.today().toString())).statusCode());
        as("enterprise").get("/api/v1/vouchers/" + voucher).then().body("status", equalTo("SUBMITTED"))
                .body("invoiceDate", equalTo(VoucherWorld.today().toString()));
    }
}
