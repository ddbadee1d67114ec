package cn.techmarket.web;

import cn.techmarket.testsupport.Brokers;
import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Fixtures;
import cn.techmarket.testsupport.Listings;
import cn.techmarket.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JSON API operation of the OpenAPI document, called by nobody, by each role, by the owner of the resource and by a
 * non-owner of the same role, against the one table below. An operation without a row fails the test, so a new
 * endpoint cannot ship without its authorization being written down.
 *
 * <p>A row: the path with fixtures in braces, then per caller the expected status; {@code *} is every caller not
 * named. {@code ok} means "may": a read must answer 2xx; a write is then sent with an empty body and must get past
 * authorization (to the validation's 400, or a 2xx where an empty body is a valid one). Callers refused a write are sent a
 * valid body, which must not get through. Owners: {@code enterprise} owns the need, the draft, its organization,
 * the saved search, the follow and its inbox; {@code enterprise2} owns the interest and the result; {@code broker}
 * owns the claim, the deal and the training.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final List<String> CALLERS = List.of("anonymous", "enterprise", "enterprise2", "researcher",
            "broker", "broker2", "provider", "registrar", "bureau", "admin");
    private static final String SIGNED_IN = "anonymous=401 *=ok";
    private static final byte[] PDF = Contracts.PDF;
    private static final byte[] IMPORT_CSV = ("registrationNo,event,effectiveOn\nMATRIX-1,REGISTERED,2025-01-10\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The table: "METHOD openapi-path" → row. */
    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    static {
        // reference data, search: public
        row("GET /api/v1/industries", "/api/v1/industries", "*=ok");
        row("GET /api/v1/regions", "/api/v1/regions", "*=ok");
        row("GET /api/v1/regions/{code}", "/api/v1/regions/510600", "*=ok");
        row("GET /api/v1/region-groups", "/api/v1/region-groups", "*=ok");
        row("GET /api/v1/search", "/api/v1/search?q=matrix", "*=ok");
        row("GET /api/v1/search/suggest", "/api/v1/search/suggest?prefix=matrix", "*=ok");
        row("GET /api/v1/search/reindex/{kind}", "/api/v1/search/reindex/NEED", "anonymous=401 admin=skip *=403");
        row("POST /api/v1/search/reindex/{kind}", "/api/v1/search/reindex/NEED", "anonymous=401 admin=skip *=403");
        row("GET /api/v1/audit", "/api/v1/audit?entityType=listing&entityId={need}", "anonymous=401 admin=ok bureau=ok *=403");
        // organizations
        row("GET /api/v1/organizations", "/api/v1/organizations", "*=ok");
        row("GET /api/v1/organizations/{id}", "/api/v1/organizations/{org}", "*=ok");
        row("POST /api/v1/organizations", "/api/v1/organizations", "anonymous=401 registrar=403 bureau=403 *=ok", "org");
        row("PUT /api/v1/organizations/{id}", "/api/v1/organizations/{org}", "anonymous=401 enterprise=ok admin=ok *=403", "org");
        row("POST /api/v1/organizations/{id}/verification", "/api/v1/organizations/{org}/verification",
                "anonymous=401 admin=ok *=403", "verification");
        row("GET /api/v1/organizations/{id}/members", "/api/v1/organizations/{org}/members",
                "anonymous=401 enterprise=ok admin=ok *=403");
        row("PUT /api/v1/organizations/{id}/members", "/api/v1/organizations/{org}/members",
                "anonymous=401 enterprise=ok admin=ok *=403", "member");
        row("DELETE /api/v1/organizations/{id}/members/{username}", "/api/v1/organizations/{org}/members/enterprise2",
                "anonymous=401 enterprise=skip admin=skip *=403");
        row("GET /api/v1/me", "/api/v1/me", SIGNED_IN);
        // listings
        row("POST /api/v1/listings", "/api/v1/listings?kind=NEED&organizationId={org}",
                "anonymous=401 enterprise=ok admin=ok enterprise2=400 *=403", "listing");
        row("GET /api/v1/listings/{id}", "/api/v1/listings/{draft}", "enterprise=ok admin=ok *=404");
        // editing is the owner's: the operator moderates and takes down, it does not rewrite (issue 9)
        row("PUT /api/v1/listings/{id}", "/api/v1/listings/{need}", "anonymous=401 enterprise=ok *=403", "listing");
        row("POST /api/v1/listings/{id}/transitions", "/api/v1/listings/{need}/transitions",
                "anonymous=401 enterprise=ok admin=ok *=403", "withdraw");
        row("GET /api/v1/listings/mine", "/api/v1/listings/mine", SIGNED_IN);
        row("GET /api/v1/listings/moderation", "/api/v1/listings/moderation", "anonymous=401 admin=ok *=403");
        row("GET /api/v1/matches/{listingId}", "/api/v1/matches/{need}", "*=ok");
        row("GET /api/v1/listing-imports", "/api/v1/listing-imports", SIGNED_IN);
        // multipart only: a JSON body is refused as 415 before anyone is asked to sign in
        row("POST /api/v1/listing-imports", "/api/v1/listing-imports", "anonymous=415 *=skip");
        row("GET /api/v1/listing-imports/template", "/api/v1/listing-imports/template?kind=NEED", "*=ok");
        row("GET /api/v1/listing-imports/{id}", "/api/v1/listing-imports/987654", "anonymous=401 *=404");
        row("GET /api/v1/listing-imports/{id}/errors", "/api/v1/listing-imports/987654/errors", "anonymous=401 *=404");
        // engagement
        row("GET /api/v1/listings/{id}/interests", "/api/v1/listings/{need}/interests",
                "anonymous=401 enterprise=ok admin=ok *=403");
        // any member of a verified organization may, once per organization (409 after that): whether a role's user
        // already belongs to a verified organization, or shares one with an earlier caller, depends on the tests the
        // suite ran before this one, so those callers may get either answer; InterestTest pins each case down
        row("POST /api/v1/listings/{id}/interests", "/api/v1/listings/{need}/interests",
                "anonymous=401 enterprise2=ok *=201|403|409", "interest");
        row("GET /api/v1/interests/mine", "/api/v1/interests/mine", SIGNED_IN);
        row("GET /api/v1/interests/{id}", "/api/v1/interests/{interest}", "anonymous=401 enterprise=ok enterprise2=ok admin=ok *=404");
        row("POST /api/v1/interests/{id}/decision", "/api/v1/interests/{interest}/decision",
                "anonymous=401 enterprise=ok enterprise2=403 admin=403 *=404", "decision");
        row("POST /api/v1/interests/{id}/withdrawal", "/api/v1/interests/{interest}/withdrawal",
                "anonymous=401 enterprise2=skip enterprise=403 admin=403 *=404");
        row("GET /api/v1/inbox", "/api/v1/inbox", SIGNED_IN);
        row("GET /api/v1/inbox/unread-count", "/api/v1/inbox/unread-count", SIGNED_IN);
        row("POST /api/v1/inbox/read", "/api/v1/inbox/read", "anonymous=401 *=skip");
        row("POST /api/v1/inbox/{id}/read", "/api/v1/inbox/{notification}/read", "anonymous=401 enterprise=skip *=404");
        row("GET /api/v1/saved-searches", "/api/v1/saved-searches", SIGNED_IN);
        row("POST /api/v1/saved-searches", "/api/v1/saved-searches", "anonymous=401 *=ok", "savedSearch");
        row("PUT /api/v1/saved-searches/{id}", "/api/v1/saved-searches/{savedSearch}", "anonymous=401 enterprise=ok *=404", "pause");
        row("DELETE /api/v1/saved-searches/{id}", "/api/v1/saved-searches/{savedSearch}", "anonymous=401 enterprise=skip *=404");
        row("GET /api/v1/follows", "/api/v1/follows", SIGNED_IN);
        row("POST /api/v1/follows", "/api/v1/follows", "anonymous=401 *=ok", "follow");
        row("PUT /api/v1/follows/{id}", "/api/v1/follows/{follow}", "anonymous=401 enterprise=ok *=404", "pause");
        row("DELETE /api/v1/follows/{id}", "/api/v1/follows/{follow}", "anonymous=401 enterprise=skip *=404");
        // brokers
        row("GET /api/v1/brokers", "/api/v1/brokers", "anonymous=401 admin=ok *=403");
        row("GET /api/v1/brokers/{id}", "/api/v1/brokers/{broker}", "*=ok");
        row("GET /api/v1/brokers/me", "/api/v1/brokers/me", "anonymous=401 broker=ok broker2=ok *=403");
        row("PUT /api/v1/brokers/me", "/api/v1/brokers/me", "anonymous=401 broker=ok broker2=ok *=403", "broker");
        row("GET /api/v1/brokers/me/claims", "/api/v1/brokers/me/claims", "anonymous=401 broker=ok broker2=ok *=403");
        row("GET /api/v1/brokers/me/dashboard", "/api/v1/brokers/me/dashboard", "anonymous=401 broker=ok broker2=ok *=403");
        row("POST /api/v1/brokers/me/trainings", "/api/v1/brokers/me/trainings", "anonymous=401 broker=ok broker2=ok *=403", "training");
        row("DELETE /api/v1/brokers/me/trainings/{trainingId}", "/api/v1/brokers/me/trainings/{training}",
                "anonymous=401 broker=skip broker2=404 *=403");
        row("GET /api/v1/broker-queue", "/api/v1/broker-queue", "anonymous=401 broker=ok broker2=ok admin=ok *=403");
        row("GET /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", SIGNED_IN);
        row("POST /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", "anonymous=401 broker=skip broker2=409 *=403");
        row("DELETE /api/v1/needs/{id}/claim", "/api/v1/needs/{need}/claim", "anonymous=401 broker=skip admin=skip *=403");
        row("PUT /api/v1/needs/{id}/assignment", "/api/v1/needs/{need}/assignment", "anonymous=401 admin=ok *=403", "assignment");
        // complexity scores are for brokers, the owner and operators (943a1cb); anyone else: as if the need had none
        row("GET /api/v1/needs/{id}/complexity", "/api/v1/needs/{need}/complexity",
                "enterprise=ok broker=ok broker2=ok admin=ok *=404");
        row("GET /api/v1/deals", "/api/v1/deals", "anonymous=401 broker=ok broker2=ok admin=ok *=403");
        row("POST /api/v1/deals", "/api/v1/deals", "anonymous=401 broker=ok broker2=ok *=403", "deal");
        row("GET /api/v1/deals/{id}", "/api/v1/deals/{deal}", "anonymous=401 broker=ok admin=ok *=404");
        row("POST /api/v1/deals/{id}/transitions", "/api/v1/deals/{deal}/transitions", "anonymous=401 broker=ok admin=403 *=404", "move");
        row("PUT /api/v1/deals/{id}/commission", "/api/v1/deals/{deal}/commission", "anonymous=401 broker=ok admin=403 *=404", "commission");
        row("GET /api/v1/deals/{id}/dockings", "/api/v1/deals/{deal}/dockings", "anonymous=401 broker=ok admin=ok *=404");
        row("POST /api/v1/deals/{id}/dockings", "/api/v1/deals/{deal}/dockings", "anonymous=401 broker=ok admin=403 *=404", "docking");
        // technology contracts: the registrant's organization (enterprise) owns {contract}, submitted at 旌阳区, which the
        // registrar's 德阳市 point covers; anyone else gets a 404, a non-registrar a 403 on the review steps
        String contractReader = "anonymous=401 enterprise=ok registrar=ok admin=ok *=404";
        String reviewStep = "anonymous=401 registrar=ok *=403";
        // a draft for an organization one is not a member of is refused on the field ownerOrgId
        row("POST /api/v1/contracts", "/api/v1/contracts", "anonymous=401 enterprise=ok *=400", "contract");
        row("GET /api/v1/contracts", "/api/v1/contracts", SIGNED_IN);
        row("GET /api/v1/contracts/queue", "/api/v1/contracts/queue", "anonymous=401 registrar=ok *=403");
        row("GET /api/v1/contracts/{id}", "/api/v1/contracts/{contract}", contractReader);
        row("PUT /api/v1/contracts/{id}", "/api/v1/contracts/{contract}", "anonymous=401 enterprise=ok *=404", "contract");
        row("GET /api/v1/contracts/{id}/history", "/api/v1/contracts/{contract}/history", contractReader);
        row("GET /api/v1/contracts/{id}/documents", "/api/v1/contracts/{contract}/documents", contractReader);
        row("GET /api/v1/contract-documents/{contractId}/{documentId}", "/api/v1/contract-documents/{contract}/{document}",
                contractReader);
        // {contract} is submitted: the owner gets past authorization to the workflow's 409
        row("POST /api/v1/contract-documents/{contractId}", "/api/v1/contract-documents/{contract}?kind=OTHER",
                "anonymous=401 enterprise=409 *=404", "file:pdf");
        // the registrar's expert-review and registration (empty body) move {contract} on to REGISTERED, so the owner's
        // resubmission afterwards is refused by the workflow, not by authorization
        row("POST /api/v1/contracts/{id}/submit", "/api/v1/contracts/{contract}/submit", "anonymous=401 enterprise=409 *=404");
        row("POST /api/v1/contracts/{id}/supplement-request", "/api/v1/contracts/{contract}/supplement-request", reviewStep, "reason");
        row("POST /api/v1/contracts/{id}/expert-review", "/api/v1/contracts/{contract}/expert-review", reviewStep);
        row("POST /api/v1/contracts/{id}/registration", "/api/v1/contracts/{contract}/registration", reviewStep);
        row("POST /api/v1/contracts/{id}/refusal", "/api/v1/contracts/{contract}/refusal", reviewStep, "reason");
        row("POST /api/v1/contracts/{id}/changes", "/api/v1/contracts/{contract}/changes", reviewStep, "amendment");
        row("POST /api/v1/contracts/{id}/cancellation", "/api/v1/contracts/{contract}/cancellation", reviewStep, "reason");
        // historical imports: registrars for their points, operators for any; {contractImport} is the registrar's
        row("POST /api/v1/contract-imports", "/api/v1/contract-imports", "anonymous=401 registrar=ok admin=ok *=403", "file:csv");
        row("GET /api/v1/contract-imports/{id}", "/api/v1/contract-imports/{contractImport}",
                "anonymous=401 registrar=ok admin=ok *=403");
        row("GET /api/v1/contract-imports/{id}/errors", "/api/v1/contract-imports/{contractImport}/errors",
                "anonymous=401 registrar=ok admin=ok *=403");
        row("GET /api/v1/contract-imports/{id}/errors.csv", "/api/v1/contract-imports/{contractImport}/errors.csv",
                "anonymous=401 registrar=ok admin=ok *=403");
        // statistics: bureau and operator everywhere, the registrar within its points (510600 is its 德阳市 point)
        String statsReader = "anonymous=401 bureau=ok admin=ok registrar=ok *=403";
        row("GET /api/v1/stats/dashboard", "/api/v1/stats/dashboard?scope=510600&period=2025", statsReader);
        row("GET /api/v1/stats/tables/{key}", "/api/v1/stats/tables/CLASS?scope=510600&period=2025", statsReader);
        row("GET /api/v1/stats/reports", "/api/v1/stats/reports?scope=510600&period=2025-01", statsReader);
        // bureau and operator freeze in the fixtures (asserted 201); an empty body freezes the default scope this year,
        // whose answer (201, or 409 once frozen) did not come out the same from run to run, so they are not called here
        row("POST /api/v1/stats/reports", "/api/v1/stats/reports", "anonymous=401 bureau=skip admin=skip *=403", "freeze");
        row("PUT /api/v1/stats/gdp/{region}/{year}", "/api/v1/stats/gdp/510600/2025", "anonymous=401 bureau=ok admin=ok *=403", "gdp");
        // vouchers: enterprise's organization holds {voucher} under {programme}, issued by the bureau's 德阳市 body (so the
        // bureau is both its city bureau and the issuer); provider's {providerOrg} has the confirmed {order} on it
        String voucherReader = "anonymous=401 enterprise=ok provider=ok bureau=ok admin=ok *=404";
        String issuerStep = "anonymous=401 bureau=ok admin=ok enterprise=403 provider=403 *=404";
        row("GET /api/v1/vouchers", "/api/v1/vouchers", SIGNED_IN);
        // applying for an organization one is not a member of is refused on the field holderOrgId
        row("POST /api/v1/vouchers", "/api/v1/vouchers", "anonymous=401 enterprise=ok *=400", "application");
        row("POST /api/v1/vouchers/teams", "/api/v1/vouchers/teams", "anonymous=401 *=ok", "team");
        row("GET /api/v1/vouchers/{id}", "/api/v1/vouchers/{voucher}", voucherReader);
        row("GET /api/v1/vouchers/{id}/audit", "/api/v1/vouchers/{voucher}/audit", voucherReader);
        row("POST /api/v1/vouchers/{id}/decision", "/api/v1/vouchers/{voucher}/decision", issuerStep, "voucherDecision");
        row("POST /api/v1/vouchers/{id}/orders", "/api/v1/vouchers/{voucher}/orders",
                "anonymous=401 enterprise=ok provider=403 bureau=403 admin=403 *=404", "order");
        // the operator may confirm for a provider; {order} is confirmed already, so it gets the workflow's 409
        row("POST /api/v1/vouchers/orders/{orderId}/confirmation", "/api/v1/vouchers/orders/{order}/confirmation",
                "anonymous=401 provider=ok admin=409 *=404", "confirmation");
        row("POST /api/v1/vouchers/{id}/pledge", "/api/v1/vouchers/{voucher}/pledge",
                "anonymous=401 enterprise=ok provider=403 bureau=403 admin=403 *=404", "pledge");
        row("DELETE /api/v1/vouchers/{id}/pledge", "/api/v1/vouchers/{voucher}/pledge",
                "anonymous=401 enterprise=409 provider=403 bureau=403 admin=403 *=404");
        row("POST /api/v1/vouchers/{id}/void", "/api/v1/vouchers/{voucher}/void", issuerStep, "void");
        row("POST /api/v1/vouchers/evidence/{voucherId}/{kind}", "/api/v1/vouchers/evidence/{voucher}/INVOICE",
                "anonymous=401 enterprise=ok provider=ok bureau=403 admin=403 *=404", "file:pdf");
        row("POST /api/v1/vouchers/{id}/submission", "/api/v1/vouchers/{voucher}/submission",
                "anonymous=401 enterprise=ok provider=ok bureau=403 admin=403 *=404", "submission");
        // the review checks the voucher's state before the caller: holder and provider get the workflow's 409, not a 403
        row("POST /api/v1/vouchers/{id}/reviews", "/api/v1/vouchers/{voucher}/reviews",
                "anonymous=401 bureau=ok admin=ok enterprise=409 provider=409 *=404", "voucherDecision");
        // nothing is submitted yet: the issuer gets past authorization to the workflow's 409
        row("POST /api/v1/vouchers/{id}/publicity", "/api/v1/vouchers/{voucher}/publicity",
                "anonymous=401 bureau=409 admin=409 enterprise=403 provider=403 *=404");
        row("POST /api/v1/vouchers/{id}/payment", "/api/v1/vouchers/{voucher}/payment",
                "anonymous=401 bureau=409 admin=409 enterprise=403 provider=403 *=404");
        // {voucher} is reserved, not paid: the issuer gets past authorization to the workflow's 409
        row("POST /api/v1/vouchers/{id}/corrections", "/api/v1/vouchers/{voucher}/corrections",
                "anonymous=401 bureau=409 admin=409 enterprise=403 provider=403 *=404", "correction");
        row("GET /api/v1/vouchers/{id}/corrections", "/api/v1/vouchers/{voucher}/corrections", voucherReader);
        row("GET /api/v1/voucher-programmes", "/api/v1/voucher-programmes", SIGNED_IN);
        row("GET /api/v1/voucher-programmes/{id}", "/api/v1/voucher-programmes/{programme}", SIGNED_IN);
        row("GET /api/v1/voucher-programmes/{id}/versions/{version}", "/api/v1/voucher-programmes/{programme}/versions/1", SIGNED_IN);
        row("POST /api/v1/voucher-programmes", "/api/v1/voucher-programmes", "anonymous=401 bureau=ok admin=ok *=403", "programme");
        row("PUT /api/v1/voucher-programmes/{id}", "/api/v1/voucher-programmes/{programme}",
                "anonymous=401 bureau=ok admin=ok *=403", "terms");
        row("GET /api/v1/voucher-providers", "/api/v1/voucher-providers", SIGNED_IN);
        row("GET /api/v1/voucher-providers/{orgId}", "/api/v1/voucher-providers/{providerOrg}", SIGNED_IN);
        // the operator acts for a provider (registration, catalogue) as it does for any organization
        row("PUT /api/v1/voucher-providers/{orgId}", "/api/v1/voucher-providers/{providerOrg}",
                "anonymous=401 provider=ok admin=ok *=404", "provider");
        row("POST /api/v1/voucher-providers/{orgId}/decision", "/api/v1/voucher-providers/{providerOrg}/decision",
                "anonymous=401 bureau=ok admin=ok *=403", "providerDecision");
        row("POST /api/v1/voucher-providers/{orgId}/services", "/api/v1/voucher-providers/{providerOrg}/services",
                "anonymous=401 provider=ok admin=ok *=403", "service");
        row("GET /api/v1/voucher-providers/{orgId}/orders", "/api/v1/voucher-providers/{providerOrg}/orders",
                "anonymous=401 provider=ok admin=ok *=404");
        row("GET /api/v1/organizations/{orgId}/related-parties", "/api/v1/organizations/{org}/related-parties",
                "anonymous=401 enterprise=ok bureau=ok admin=ok *=404");
        // the bureau reads declared relations (affiliation checks) but declares none; the operator may, as for any org
        row("POST /api/v1/organizations/{orgId}/related-parties", "/api/v1/organizations/{org}/related-parties",
                "anonymous=401 enterprise=ok admin=ok bureau=403 *=404", "relatedParty");
        row("GET /api/v1/vouchers/publicity", "/api/v1/vouchers/publicity", "*=ok");
        String bureauOnly = "anonymous=401 bureau=ok admin=ok *=403";
        row("GET /api/v1/vouchers/settlements", "/api/v1/vouchers/settlements?month=2026-11", bureauOnly);
        row("GET /api/v1/vouchers/settlements/export", "/api/v1/vouchers/settlements/export?month=2026-11&format=csv", bureauOnly);
        // no voucher was paid across these cities: past authorization there is no statement to close (404)
        row("POST /api/v1/vouchers/settlements/{month}/{cityA}/{cityB}/close", "/api/v1/vouchers/settlements/2026-11/510100/510600/close",
                "anonymous=401 bureau=404 admin=404 *=403");
        row("GET /api/v1/vouchers/monitor", "/api/v1/vouchers/monitor", bureauOnly);
        row("GET /api/v1/vouchers/monitor/export", "/api/v1/vouchers/monitor/export?format=csv", bureauOnly);
    }

    record Row(String path, Map<String, String> expected, String body) {
    }

    private static void row(String operation, String path, String spec) {
        row(operation, path, spec, null);
    }

    private static void row(String operation, String path, String spec, String body) {
        Map<String, String> expected = new HashMap<>();
        for (String part : spec.split(" ")) {
            String[] kv = part.split("=", 2);
            expected.put(kv[0], kv[1]);
        }
        TABLE.put(operation, new Row(path, expected, body));
    }

    @Test
    void every_operation_answers_each_caller_as_the_table_says() throws Exception {
        List<String> operations = operations();
        List<String> missing = operations.stream().filter(op -> !TABLE.containsKey(op)).toList();
        assertTrue(missing.isEmpty(), "operations without a row in the authorization table: " + missing);

        Map<String, String> ids = fixtures();
        Map<String, Object> bodies = bodies(ids);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String operation : operations) {
            Row row = TABLE.get(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String path = resolve(row.path(), ids);
            for (String caller : CALLERS) {
                String expected = row.expected().getOrDefault(caller, row.expected().get("*"));
                if (expected == null || expected.equals("skip")) {
                    continue;
                }
                boolean may = expected.equals("ok");
                RequestSpecification request = given().redirects().follow(false);
                if (!caller.equals("anonymous")) {
                    request.header("Authorization", Tokens.bearer(caller));
                }
                if (row.body() != null && row.body().startsWith("file:")) {
                    // multipart operations: everyone sends the same valid file
                    String kind = row.body().substring(5);
                    request.multiPart("file", "matrix." + kind, kind.equals("csv") ? IMPORT_CSV : PDF,
                            kind.equals("csv") ? "text/csv" : "application/pdf");
                } else if (!method.equals("GET") && !method.equals("DELETE")) {
                    request.contentType("application/json");
                    request.body(may ? "{}" : row.body() == null ? "{}" : bodies.get(row.body()));
                }
                int status = request.request(method, path).statusCode();
                calls++;
                boolean passed = status >= 200 && status < 300;
                boolean right = may ? passed || (!method.equals("GET") && status == 400)
                        : java.util.Arrays.stream(expected.split("\\|")).mapToInt(Integer::parseInt).anyMatch(e -> e == status);
                if (!right) {
                    wrong.add(operation + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls answered otherwise than the table:\n"
                + String.join("\n", wrong));
    }

    private static List<String> operations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString()).path("paths");
        TreeSet<String> ops = new TreeSet<>();
        // the document also lists the pages (Qute resources); the matrix is the JSON API's
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (p.getKey().startsWith("/api/") && List.of("get", "post", "put", "delete", "patch").contains(method)) {
                ops.add(method.toUpperCase() + " " + p.getKey());
            }
        }));
        assertTrue(ops.size() > 50, "the OpenAPI document lists the operations: " + ops);
        return new ArrayList<>(ops);
    }

    private static String resolve(String path, Map<String, String> ids) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    private static Map<String, String> fixtures() {
        Map<String, String> ids = new HashMap<>();
        int org = Listings.verifiedOrgOf("enterprise");
        Listings.verifiedOrgOf("enterprise2");
        ids.put("org", String.valueOf(org));
        ids.put("draft", String.valueOf(Listings.create("enterprise", "NEED", Listings.aNeed("权限矩阵草稿需求"))));
        int need = Listings.published("enterprise", "NEED", Listings.aNeed("权限矩阵需求"));
        ids.put("need", String.valueOf(need));
        int result = Listings.published("enterprise2", "RESULT", Listings.aResult("权限矩阵成果"));
        ids.put("result", String.valueOf(result));
        ids.put("broker", String.valueOf(Brokers.ensureProfile("broker")));
        Brokers.ensureProfile("broker2");
        Brokers.claim("broker", need).then().statusCode(200);
        ids.put("deal", String.valueOf(given().header("Authorization", Tokens.bearer("broker")).contentType("application/json")
                .body(Map.of("needId", need, "title", "权限矩阵交易", "resultIds", List.of(result)))
                .post("/api/v1/deals").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("interest", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise2"))
                .contentType("application/json").body(Map.of("message", "权限矩阵意向"))
                .post("/api/v1/listings/" + need + "/interests").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("notification", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .get("/api/v1/inbox").then().statusCode(200).extract().<Integer>path("items[0].id")));
        ids.put("savedSearch", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .contentType("application/json").body(Map.of("name", "权限矩阵搜索", "query", Map.of("q", "氢能")))
                .post("/api/v1/saved-searches").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("follow", String.valueOf(given().header("Authorization", Tokens.bearer("enterprise"))
                .contentType("application/json").body(Map.of("listingId", need))
                .post("/api/v1/follows").then().statusCode(201).extract().<Integer>path("id")));
        ids.put("training", String.valueOf(given().header("Authorization", Tokens.bearer("broker"))
                .contentType("application/json").body(Map.of("kind", "INITIAL", "title", "权限矩阵培训",
                        "provider", "四川省科技厅", "completedOn", "2026-01-10", "hours", 8))
                .post("/api/v1/brokers/me/trainings").then().statusCode(201).extract().<Integer>path("id")));
        contractFixtures(ids, org);
        voucherFixtures(ids, org);
        return ids;
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user));
    }

    /** A contract of the enterprise's organization, submitted at 旌阳区; a historical import by the registrar; a frozen report. */
    private static void contractFixtures(Map<String, String> ids, int org) {
        int contract = Contracts.create("enterprise", Contracts.aContract(org, "510603", "300000.00"))
                .then().statusCode(201).extract().path("id");
        ids.put("contract", String.valueOf(contract));
        ids.put("document", String.valueOf(Contracts.attach("enterprise", contract, "CONTRACT_TEXT", PDF)
                .then().statusCode(201).extract().<Integer>path("id")));
        Contracts.act("enterprise", contract, "submit", null).then().statusCode(200);
        ids.put("contractImport", String.valueOf(as("registrar").multiPart("file", "history.csv", IMPORT_CSV, "text/csv")
                .post("/api/v1/contract-imports").then().statusCode(202).extract().<Integer>path("id")));
        as("bureau").contentType("application/json").body(Map.of("scope", "510600", "period", "2025-01"))
                .post("/api/v1/stats/reports").then().statusCode(201);
        as("admin").contentType("application/json").body(Map.of("scope", "510600", "period", "2025-03"))
                .post("/api/v1/stats/reports").then().statusCode(201);
    }

    /**
     * The bureau acts for 德阳市科学技术局 and issues a city programme; the enterprise's organization holds a voucher under
     * it, ordered from the provider's accepted organization and confirmed (reserved).
     */
    private static void voucherFixtures(Map<String, String> ids, int holder) {
        Map<String, Object> government = new HashMap<>(Fixtures.anEnterprise("权限矩阵科学技术局"));
        government.put("type", "GOVERNMENT");
        government.put("regionCode", "510600");
        government.put("creditCode", Fixtures.creditCode("510600"));
        government.put("designations", List.of());
        int bureau = verified("admin", government);
        as("bureau").get("/api/v1/me").then().statusCode(200);
        as("admin").contentType("application/json").body(Map.of("username", "bureau", "role", "MEMBER"))
                .put("/api/v1/organizations/" + bureau + "/members").then().statusCode(200);
        ids.put("bureauOrg", String.valueOf(bureau));
        int programme = as("bureau").contentType("application/json").body(programme(bureau))
                .post("/api/v1/voucher-programmes").then().statusCode(201).extract().path("id");
        ids.put("programme", String.valueOf(programme));

        Map<String, Object> provider = new HashMap<>(Fixtures.anEnterprise("权限矩阵检验检测中心"));
        provider.put("type", "SERVICE_PROVIDER");
        provider.put("designations", List.of());
        int providerOrg = verified("provider", provider);
        ids.put("providerOrg", String.valueOf(providerOrg));
        as("provider").contentType("application/json").body(Map.of("citiesServed", List.of("510600")))
                .put("/api/v1/voucher-providers/" + providerOrg).then().statusCode(200);
        as("admin").contentType("application/json").body(Map.of("status", "ACCEPTED"))
                .post("/api/v1/voucher-providers/" + providerOrg + "/decision").then().statusCode(200);
        int service = as("provider").contentType("application/json")
                .body(Map.of("category", "TESTING", "nameZh", "权限矩阵检测", "price", "10000.00"))
                .post("/api/v1/voucher-providers/" + providerOrg + "/services").then().statusCode(201).extract().path("id");
        ids.put("service", String.valueOf(service));

        int voucher = as("enterprise").contentType("application/json")
                .body(Map.of("programmeId", programme, "holderOrgId", holder, "amount", "3000.00"))
                .post("/api/v1/vouchers").then().statusCode(201).extract().path("id");
        ids.put("voucher", String.valueOf(voucher));
        int order = as("enterprise").contentType("application/json").body(Map.of("serviceId", service, "scope", "权限矩阵检测"))
                .post("/api/v1/vouchers/" + voucher + "/orders").then().statusCode(201).extract().path("id");
        ids.put("order", String.valueOf(order));
        as("provider").contentType("application/json").body(Map.of("fee", "10000.00", "scope", "权限矩阵检测 20 件"))
                .post("/api/v1/vouchers/orders/" + order + "/confirmation").then().statusCode(200);
    }

    private static int verified(String creator, Map<String, Object> body) {
        int id = as(creator).contentType("application/json").body(body).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        as("admin").contentType("application/json").body(Map.of("decision", "VERIFIED"))
                .post("/api/v1/organizations/" + id + "/verification").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> programme(int issuer) {
        return Map.of("code", "MATRIX-" + System.nanoTime() % 1_000_000, "issuerKind", "CITY", "issuerOrgId", issuer,
                "issuerRegion", "510600", "year", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                "terms", terms());
    }

    private static Map<String, Object> terms() {
        Map<String, Object> t = new HashMap<>();
        t.put("nameZh", "权限矩阵创新券");
        t.put("nameEn", "Matrix vouchers");
        t.put("mode", "ADVANCE");
        t.put("budget", "500000.00");
        t.put("eligibleHolders", List.of("TECH_SME", "HIGH_TECH_ENTERPRISE", "STARTUP_TEAM"));
        t.put("categories", List.of(Map.of("category", "TESTING", "ratio", "0.30")));
        t.put("acceptedCities", List.of("510600"));
        t.put("poolShares", List.of());
        t.put("capPerHolder", "200000.00");
        t.put("faceValueMax", "200000.00");
        t.put("validityDays", 90);
        t.put("issuing", "FCFS");
        t.put("publicityDays", 0);
        return t;
    }

    /** Valid bodies: what a refused caller sends, which must not get through. */
    private static Map<String, Object> bodies(Map<String, String> ids) {
        Map<String, Object> bodies = new HashMap<>();
        Map<String, Object> org = new HashMap<>(Fixtures.anEnterprise("权限矩阵机构"));
        bodies.put("org", org);
        bodies.put("verification", Map.of("decision", "REJECTED", "note", "权限矩阵"));
        bodies.put("member", Map.of("username", "researcher", "role", "MEMBER"));
        Map<String, Object> listing = Listings.aNeed("权限矩阵改写");
        listing.put("version", 1);
        bodies.put("listing", listing);
        bodies.put("withdraw", Map.of("action", "WITHDRAW"));
        bodies.put("interest", Map.of("message", "权限矩阵意向"));
        bodies.put("decision", Map.of("decision", "DECLINE", "reason", "PRICE"));
        bodies.put("savedSearch", Map.of("name", "权限矩阵搜索二", "query", Map.of("q", "钢")));
        bodies.put("pause", Map.of("paused", true));
        bodies.put("follow", Map.of("listingId", Integer.parseInt(ids.get("need"))));
        bodies.put("broker", Map.of("level", "JUNIOR", "fields", List.of("EQUIP"), "regions", List.of("CDMZ")));
        bodies.put("training", Map.of("kind", "CONTINUING", "title", "权限矩阵", "provider", "科技厅", "completedOn", "2026-01-10", "hours", 4));
        bodies.put("assignment", Map.of("brokerId", Integer.parseInt(ids.get("broker"))));
        bodies.put("deal", Map.of("needId", Integer.parseInt(ids.get("need")), "title", "权限矩阵交易二",
                "resultIds", List.of(Integer.parseInt(ids.get("result")))));
        bodies.put("move", Map.of("to", "DOCKING", "version", 0));
        bodies.put("commission", Map.of("kind", "PERCENT", "rate", "5.00", "version", 0));
        bodies.put("docking", Map.of("kind", "MEETING", "occurredAt", "2026-11-01T10:00:00+08:00", "parties", "双方",
                "notes", "权限矩阵对接"));
        Map<String, Object> contract = Contracts.aContract(Integer.parseInt(ids.get("org")), "510603", "200000.00");
        contract.put("version", 0);
        bodies.put("contract", contract);
        bodies.put("reason", Map.of("reason", "权限矩阵", "effectiveOn", "2026-11-01"));
        bodies.put("amendment", Map.of("effectiveOn", "2026-11-01", "totalAmount", "100000.00", "reason", "权限矩阵"));
        bodies.put("freeze", Map.of("scope", "510600", "period", "2025-02"));
        bodies.put("gdp", Map.of("gdp", "300000000000.00", "source", "权限矩阵"));
        bodies.put("application", Map.of("programmeId", Integer.parseInt(ids.get("programme")),
                "holderOrgId", Integer.parseInt(ids.get("org")), "amount", "1000.00"));
        bodies.put("team", Map.of("nameZh", "权限矩阵团队", "regionCode", "510603"));
        bodies.put("voucherDecision", Map.of("approve", false, "reasons", List.of("权限矩阵")));
        bodies.put("order", Map.of("serviceId", Integer.parseInt(ids.get("service")), "scope", "权限矩阵检测"));
        bodies.put("confirmation", Map.of("fee", "9000.00", "scope", "权限矩阵检测"));
        bodies.put("pledge", Map.of("lender", "权限矩阵银行"));
        bodies.put("void", Map.of("reasons", List.of("权限矩阵")));
        bodies.put("correction", Map.of("amount", "1.00", "reason", "权限矩阵"));
        bodies.put("submission", Map.of("invoiceDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        bodies.put("programme", programme(Integer.parseInt(ids.get("bureauOrg"))));
        bodies.put("terms", terms());
        bodies.put("provider", Map.of("citiesServed", List.of("510600", "510100")));
        bodies.put("providerDecision", Map.of("status", "SUSPENDED", "note", "权限矩阵"));
        bodies.put("service", Map.of("category", "TESTING", "nameZh", "权限矩阵检测二", "price", "5000.00"));
        bodies.put("relatedParty", Map.of("kind", "EQUITY", "relatedCreditCode", Fixtures.creditCode("510603"),
                "relatedName", "权限矩阵关联方"));
        return bodies;
    }
}
