package cn.techmarket.voucher;

import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Voucher fixtures through the real API: organizations, programmes, providers, and each step of a voucher's life. */
final class VoucherWorld {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private VoucherWorld() {
    }

    static RequestSpecification as(String user) {
        return given().header("Authorization", bearer(user)).header("Accept-Language", "en");
    }

    /** The shared Keycloak locks a user for a moment after someone's failed sign-ins: wait that out. */
    static String bearer(String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Tokens.bearer(user);
            } catch (AssertionError e) {
                if (attempt == 15) {
                    throw e;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A verified organization created by the user (its org admin). */
    static int org(String user, String name, String type, String region, List<String> designations) {
        Map<String, Object> body = Fixtures.anEnterprise(name + SEQ.incrementAndGet());
        body.put("type", type);
        body.put("regionCode", region);
        body.put("creditCode", Fixtures.creditCode(region));
        body.put("designations", designations);
        int id = as(user).contentType(ContentType.JSON).body(body).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        as("admin").contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED"))
                .post("/api/v1/organizations/" + id + "/verification").then().statusCode(200);
        return id;
    }

    static String creditCodeOf(int orgId) {
        return as("admin").get("/api/v1/organizations/" + orgId).then().statusCode(200).extract().path("creditCode");
    }

    /** A government body (created by the operator) with the bureau user as a member: the bureau acts for it. */
    static int bureauOf(String region) {
        int id = org("admin", "科学技术局", "GOVERNMENT", region, List.of());
        as("bureau").get("/api/v1/me").then().statusCode(200);
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "bureau", "role", "MEMBER"))
                .put("/api/v1/organizations/" + id + "/members").then().statusCode(200);
        return id;
    }

    static int enterprise(String user, String region) {
        return org(user, "创新券企业", "ENTERPRISE", region, List.of("TECH_SME"));
    }

    static Map<String, Object> terms(String mode, String budget, List<String> cities) {
        Map<String, Object> t = new HashMap<>();
        t.put("nameZh", "科技创新券测试项目");
        t.put("nameEn", "Voucher test programme");
        t.put("mode", mode);
        t.put("budget", budget);
        t.put("eligibleHolders", List.of("TECH_SME", "HIGH_TECH_ENTERPRISE", "STARTUP_TEAM"));
        t.put("categories", List.of(Map.of("category", "TESTING", "ratio", "0.30"),
                Map.of("category", "PILOT", "ratio", "0.20"),
                Map.of("category", "BROKER_TRAINING", "ratio", "0.30", "perPersonCap", "1000.00")));
        t.put("acceptedCities", cities);
        t.put("poolShares", List.of());
        t.put("capPerHolder", "200000.00");
        t.put("faceValueMax", "200000.00");
        t.put("validityDays", 90);
        t.put("issuing", "FCFS");
        t.put("publicityDays", 0);
        return t;
    }

    static int programme(String user, String kind, int issuerOrg, String region, Map<String, Object> terms) {
        Map<String, Object> body = Map.of("code", "P" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000,
                "issuerKind", kind, "issuerOrgId", issuerOrg, "issuerRegion", region, "year", today().getYear(),
                "terms", terms);
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/voucher-programmes")
                .then().statusCode(201).extract().path("id");
    }

    /** A provider organization of the provider user, accepted by the operator, with one catalogue service. */
    static int[] providerWithService(String region, List<String> citiesServed, String category, String price) {
        int org = org("provider", "检验检测中心", "SERVICE_PROVIDER", region, List.of());
        as("provider").contentType(ContentType.JSON).body(Map.of("citiesServed", citiesServed))
                .put("/api/v1/voucher-providers/" + org).then().statusCode(200).body("status", equalTo("PENDING"));
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post("/api/v1/voucher-providers/" + org + "/decision").then().statusCode(200);
        int service = as("provider").contentType(ContentType.JSON)
                .body(Map.of("category", category, "nameZh", "材料性能检测", "price", price))
                .post("/api/v1/voucher-providers/" + org + "/services").then().statusCode(201).extract().path("id");
        return new int[]{org, service};
    }

    /** A Deyang city programme issued by the bureau's body, a verified tech SME of the enterprise user, a provider. */
    record Scene(int bureau, int programme, int holder, int[] provider) {
    }

    static Scene deyang(String mode, String budget, String category, String price) {
        int bureau = bureauOf("510600");
        int programme = programme("bureau", "CITY", bureau, "510600", terms(mode, budget, List.of("510600")));
        int holder = enterprise("enterprise", "510603");
        return new Scene(bureau, programme, holder, providerWithService("510603", List.of("510600"), category, price));
    }

    static Response apply(String user, int programme, int holderOrg, String amount) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "holderOrgId", holderOrg, "amount", amount))
                .post("/api/v1/vouchers");
    }

    static int issued(String user, int programme, int holderOrg, String amount) {
        return apply(user, programme, holderOrg, amount).then().statusCode(201)
                .body("status", equalTo("ISSUED")).extract().path("id");
    }

    static Response order(String user, int voucher, int service) {
        return as(user).contentType(ContentType.JSON).body(Map.of("serviceId", service, "scope", "拉伸与疲劳性能检测"))
                .post("/api/v1/vouchers/" + voucher + "/orders");
    }

    static Response confirm(String user, int order, String fee) {
        return as(user).contentType(ContentType.JSON).body(Map.of("fee", fee, "scope", "拉伸与疲劳性能检测 20 件"))
                .post("/api/v1/vouchers/orders/" + order + "/confirmation");
    }

    /** Ordered, confirmed: the subsidy is reserved. */
    static void reserved(String holderUser, int voucher, int service, String fee) {
        int order = order(holderUser, voucher, service).then().statusCode(201).extract().path("id");
        confirm("provider", order, fee).then().statusCode(200);
    }

    static Response upload(String user, int voucher, String kind, String name, byte[] content) {
        return as(user).multiPart("file", name, content, "application/pdf")
                .post("/api/v1/vouchers/evidence/" + voucher + "/" + kind);
    }

    static void allEvidence(String user, int voucher) {
        for (String kind : List.of("CONTRACT", "INVOICE", "BANK_RECEIPT", "DELIVERABLE")) {
            upload(user, voucher, kind, kind.toLowerCase() + ".pdf", PDF).then().statusCode(201);
        }
    }

    static Response submit(String user, int voucher, LocalDate invoiceDate) {
        return as(user).contentType(ContentType.JSON).body(Map.of("invoiceDate", invoiceDate.toString()))
                .post("/api/v1/vouchers/" + voucher + "/submission");
    }

    static Response review(String user, int voucher, boolean approve, String... reasons) {
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        body.put("reasons", new ArrayList<>(List.of(reasons)));
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/vouchers/" + voucher + "/reviews");
    }

    /** From a reservation to PAID: evidence, submission, both reviews, 公示 (0 days) and payment. */
    static void paid(String holderUser, String cityBureau, String issuer, int voucher) {
        allEvidence(holderUser, voucher);
        submit(holderUser, voucher, today()).then().statusCode(200);
        review(cityBureau, voucher, true).then().statusCode(200);
        review(issuer, voucher, true).then().statusCode(200);
        as(issuer).post("/api/v1/vouchers/" + voucher + "/publicity").then().statusCode(200);
        as(issuer).post("/api/v1/vouchers/" + voucher + "/payment").then().statusCode(200);
    }
}
