package cn.techmarket.voucher;

import cn.techmarket.importing.Spreadsheet;
import cn.techmarket.audit.AuditTrail;
import cn.techmarket.audit.AuditView;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.Organization;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** /vouchers: the caller's vouchers, applying, a voucher with its history and review, 公示, the bureau's monitor. */
@Path("/vouchers")
@Produces(MediaType.TEXT_HTML)
class VoucherPages {
    @Inject
    VoucherService vouchers;
    @Inject
    RedemptionService redemption;
    @Inject
    ProgrammeService programmes;
    @Inject
    Publicity publicity;
    @Inject
    Monitor monitor;
    @Inject
    Vouchers access;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;
    @Inject
    Jurisdiction jurisdiction;
    @Inject
    ObjectMapper json;
    @Inject
    Corrections corrections;
    @Inject
    OrderService orders;

    record ApplyValues(Long programmeId, Long holderOrgId, String amount) {
        static ApplyValues of(String programmeId, String holderOrgId, String amount) {
            return new ApplyValues(lenient(programmeId), lenient(holderOrgId), amount);
        }

        private static Long lenient(String value) {
            return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
        }
    }

    /**
     * What the detail page shows besides the voucher, batch-read once: its orders and what the holder may order, its
     * evidence, its corrections, what the caller may do, and the values typed into a refused form (by field name).
     */
    record Parts(List<VoucherView.OrderView> orders, List<OrderService.Offer> offers, boolean canOrder,
                 List<RedemptionService.EvidenceView> evidence, boolean canUpload, List<Corrections.View> corrections,
                 java.util.Map<String, String> values) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean selected(String field, Object option) {
            return String.valueOf(option).equals(value(field));
        }

        public List<Evidence.Kind> kinds() {
            return List.of(Evidence.Kind.values());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<VoucherView> vouchers, boolean bureau);

        static native TemplateInstance apply(List<ProgrammeView> programmes, List<Organization> orgs, ApplyValues values,
                                             FormErrors errors);

        static native TemplateInstance detail(VoucherView v, List<AuditView> trail, boolean canReview,
                                              boolean canIssuerStep, Parts parts, FormErrors errors);

        static native TemplateInstance publicity(List<Publicity.Entry> entries);

        static native TemplateInstance monitor(Monitor.View view, String data);

        static native TemplateInstance settlements(String month, List<Statement> statements);
    }

    @GET
    @Authenticated
    public TemplateInstance list() {
        return Templates.list(vouchers.visible(null, 200), user.hasRole("bureau") || user.isAdmin());
    }

    @GET
    @Path("/apply")
    @Authenticated
    public TemplateInstance applyForm() {
        return Templates.apply(programmes.list(), myOrgs(), new ApplyValues(null, null, ""), FormErrors.NONE);
    }

    @POST
    @Path("/apply")
    @Authenticated
    public Response apply(@RestForm String programmeId, @RestForm String holderOrgId, @RestForm String amount,
                          HttpHeaders headers) {
        ApplyValues values = ApplyValues.of(programmeId, holderOrgId, amount);
        FormErrors errors;
        try {
            VoucherForms.Application form = new VoucherForms.Application(id("programmeId", programmeId),
                    id("holderOrgId", holderOrgId), null, money(amount));
            errors = validation.check(form);
            if (errors.isEmpty()) {
                VoucherView v = vouchers.apply(form);
                return Response.seeOther(URI.create("/vouchers/" + v.id())).build();
            }
        } catch (InvalidInputException e) {
            errors = validation.of(e, headers);
        }
        return Response.status(400).entity(Templates.apply(programmes.list(), myOrgs(), values, errors)).build();
    }

    @GET
    @Path("/{id:\\d+}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(vouchers.get(id), java.util.Map.of(), FormErrors.NONE);
    }

    @POST
    @Path("/{id:\\d+}/review")
    @Authenticated
    public Response review(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
                           HttpHeaders headers) {
        boolean approve = "approve".equals(decision);
        try {
            redemption.review(id, new VoucherForms.Decision(approve,
                    reason == null || reason.isBlank() ? List.of() : List.of(reason.strip())));
        } catch (InvalidInputException e) {
            return refused(id, java.util.Map.of(), validation.of(e, headers));
        }
        return Response.seeOther(URI.create("/vouchers/" + id)).build();
    }

    @POST
    @Path("/{id:\\d+}/publicity")
    @Authenticated
    public Response publicize(@PathParam("id") long id) {
        redemption.publicize(id);
        return Response.seeOther(URI.create("/vouchers/" + id)).build();
    }

    @POST
    @Path("/{id:\\d+}/payment")
    @Authenticated
    public Response pay(@PathParam("id") long id) {
        redemption.pay(id);
        return Response.seeOther(URI.create("/vouchers/" + id)).build();
    }

    /** A correction of a paid voucher (issuer); more than is left to correct is a message beside the amount. */
    @POST
    @Path("/{id:\\d+}/corrections")
    @Authenticated
    public Response correct(@PathParam("id") long id, @RestForm String amount, @RestForm String reason,
                            HttpHeaders headers) {
        FormInput input = new FormInput();
        VoucherForms.Correction form = new VoucherForms.Correction(input.decimal("amount", amount), FormInput.text(reason));
        FormErrors errors = FormValidation.merge(input.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                corrections.book(id, form);
                return Response.seeOther(URI.create("/vouchers/" + id)).build();
            } catch (RuleViolation e) {
                if (!e.code().equals("correction-exceeds-paid")) {
                    throw e;
                }
                errors = validation.of(new InvalidInputException("amount", "{voucher.correction.exceeds}"), headers);
            }
        }
        return refused(id, java.util.Map.of("amount", amount == null ? "" : amount, "reason", reason == null ? "" : reason),
                errors);
    }

    @GET
    @Path("/publicity")
    @PermitAll
    public TemplateInstance publicity() {
        return Templates.publicity(publicity.current());
    }

    /** Charts are drawn by /js/voucher-monitor.js from the JSON block: no inline script, ready for a strict CSP. */
    @GET
    @Path("/monitor")
    @RolesAllowed({"bureau", "admin"})
    public TemplateInstance monitor() throws JsonProcessingException {
        Monitor.View view = monitor.view();
        return Templates.monitor(view, json.writeValueAsString(view).replace("</", "<\\/"));
    }

    @Inject
    SettlementService settlements;

    /** The month's net statements per pair of cities, with export and closing. */
    @GET
    @Path("/settlements")
    @RolesAllowed({"bureau", "admin"})
    public TemplateInstance settlements(@jakarta.ws.rs.QueryParam("month") String month) {
        java.time.YearMonth ym = month != null && month.matches("\\d{4}-\\d{2}") ? java.time.YearMonth.parse(month)
                : java.time.YearMonth.now(cn.techmarket.common.Clocks.CHINA);
        return Templates.settlements(ym.toString(), settlements.month(ym.atDay(1)));
    }

    @POST
    @Path("/settlements/close")
    @RolesAllowed({"bureau", "admin"})
    public Response close(@RestForm String month, @RestForm String cityA, @RestForm String cityB) {
        java.time.YearMonth ym = java.time.YearMonth.parse(month);
        settlements.close(ym.atDay(1), cityA, cityB);
        return Response.seeOther(URI.create("/vouchers/settlements?month=" + ym)).build();
    }

    @GET
    @Path("/settlements/export")
    @RolesAllowed({"bureau", "admin"})
    @Produces({cn.techmarket.importing.CsvWriter.MEDIA_TYPE, Spreadsheet.XLSX})
    public Response settlementExport(@jakarta.ws.rs.QueryParam("month") String month,
                                     @jakarta.ws.rs.QueryParam("format") String format) {
        java.time.YearMonth ym = java.time.YearMonth.parse(month);
        return SettlementResource.download(settlements.month(ym.atDay(1)), ym.toString(), "xlsx".equals(format) ? "xlsx" : "csv");
    }

    @GET
    @Path("/monitor/export")
    @RolesAllowed({"bureau", "admin"})
    @Produces({cn.techmarket.importing.CsvWriter.MEDIA_TYPE, Spreadsheet.XLSX})
    public Response monitorExport(@jakarta.ws.rs.QueryParam("format") String format) {
        return MonitorResource.download(monitor.view(), "xlsx".equals(format) ? "xlsx" : "csv");
    }

    /** The detail page again, 400, with a refused form's values and its messages beside the fields. */
    Response refused(long id, java.util.Map<String, String> values, FormErrors errors) {
        return Response.status(400).entity(detailPage(vouchers.get(id), values, errors)).build();
    }

    private TemplateInstance detailPage(VoucherView v, java.util.Map<String, String> values, FormErrors errors) {
        Programme p = Programme.findById(v.programmeId());
        Jurisdiction who = jurisdiction;
        boolean canReview = v.status() == VoucherStatus.SUBMITTED && (who.admin() || who.cityBureauOf(v.holderCity()))
                || (v.status() == VoucherStatus.CITY_APPROVED || v.status() == VoucherStatus.PUBLICIZED) && who.issuerOf(p);
        boolean issuerStep = who.issuerOf(p);
        List<AuditView> trail = audit.of(VoucherService.AUDIT_TYPE, String.valueOf(v.id()), PageQuery.of(1, 100)).items();
        boolean holds = orders.holds(v.id());
        boolean canOrder = holds && v.status() == VoucherStatus.ISSUED;
        Parts parts = new Parts(orders.ofVoucher(v.id()), canOrder ? orders.offers(v.id()) : List.of(), canOrder,
                redemption.evidence(v.id()), v.status() == VoucherStatus.RESERVED && redemption.isParty(v.id()),
                corrections.of(v.id()), values);
        return Templates.detail(v, trail, canReview, issuerStep, parts, errors);
    }

    private List<Organization> myOrgs() {
        return Membership.ofUser(user.profile()).stream().map(m -> m.organization).toList();
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "{voucher.programme.unknown}");
        }
    }

    private static BigDecimal money(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "{voucher.amount.invalid}");
        }
    }
}
