package cn.techmarket.contract;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.Organization;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registrant's and the registrar's pages; forms follow Post/Redirect/Get, errors print beside the fields. */
@Path("/contracts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ContractPages {
    @Inject
    ContractService contracts;
    @Inject
    RegistrationService registration;
    @Inject
    ContractDocuments documents;
    @Inject
    ContractAccess access;
    @Inject
    RegistrationPoints points;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;
    @Inject
    ContractChecks checks;

    record Choices(List<Organization> organizations, ContractSubType[] subTypes, SubjectType[] subjectTypes,
                   TechnicalField[] fields, IpType[] ipTypes, PlanCategory[] plans, TradeFlag[] flags,
                   CostKind[] costKinds, int costRows) {
    }

    /** One of the form's cost-line rows, with what was entered in it. */
    record CostRow(int index, String kind, String description, String amount) {
        static List<CostRow> of(Map<String, String> values) {
            return java.util.stream.IntStream.range(0, ContractFormParams.COST_ROWS).mapToObj(i -> new CostRow(i,
                    values.get("costKind" + i), values.get("costDescription" + i), values.get("costAmount" + i))).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<ContractView> contracts, boolean queue);

        static native TemplateInstance form(Long id, Map<String, String> values, List<CostRow> rows, FormErrors errors,
                                            Choices choices);

        static native TemplateInstance show(ContractView contract, List<DocumentView> documents,
                                            List<RevisionView> history, boolean registrant, boolean registrar,
                                            String pointName, FormErrors errors, DocumentKind[] documentKinds,
                                            Map<String, String> change, List<CostRow> changeRows,
                                            CostKind[] costKinds);

        static native TemplateInstance certificate(ContractView contract, String pointName);
    }

    @GET
    public TemplateInstance mine(@QueryParam("page") Integer page) {
        return Templates.list(contracts.mine(null, PageQuery.of(page == null ? 1 : page, 20)), false);
    }

    @GET
    @Path("/queue")
    @RolesAllowed("registrar")
    public TemplateInstance queue(@QueryParam("page") Integer page) {
        return Templates.list(registration.queue(PageQuery.of(page == null ? 1 : page, 50)), true);
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sellerCountry", "CN");
        values.put("buyerCountry", "CN");
        return Templates.form(null, values, CostRow.of(values), FormErrors.NONE, choices());
    }

    @POST
    public Response create(@BeanParam ContractFormParams params, HttpHeaders headers) {
        return save(null, params, headers);
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        TechContract c = access.forRegistrant(id);
        Map<String, String> values = ContractFormParams.of(contracts.view(c));
        return Templates.form(id, values, CostRow.of(values), FormErrors.NONE, choices());
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") long id, @BeanParam ContractFormParams params, HttpHeaders headers) {
        return save(id, params, headers);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return page(id, FormErrors.NONE);
    }

    @GET
    @Path("/{id}/certificate")
    public TemplateInstance certificate(@PathParam("id") long id) {
        ContractView c = contracts.view(id);
        if (c.registrationNo() == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Templates.certificate(c, points.nameOf(c.pointId())).setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @POST
    @Path("/{id}/submit")
    public Response submit(@PathParam("id") long id, HttpHeaders headers) {
        return act(id, headers, () -> contracts.submit(id));
    }

    /** The registrar's steps; reason and effective date where the step takes them. */
    @POST
    @Path("/{id}/review")
    @RolesAllowed("registrar")
    public Response review(@PathParam("id") long id, @RestForm String action, @RestForm String reason,
                           @RestForm String effectiveOn, HttpHeaders headers) {
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate effective = null;
        if (effectiveOn != null && !effectiveOn.isBlank()) {
            try {
                effective = java.time.LocalDate.parse(effectiveOn.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new FieldError("effectiveOn", "{date.format}"));
            }
        }
        ReviewForm form = new ReviewForm(reason == null || reason.isBlank() ? null : reason, effective);
        boolean needsReason = !"expert-review".equals(action) && !"register".equals(action);
        if (needsReason && form.reason() == null) {
            errors.add(new FieldError("reason", "{contract.reason.required}"));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(id, validation.of(new InvalidInputException(errors), headers))).build();
        }
        return act(id, headers, () -> switch (action == null ? "" : action) {
            case "supplement" -> registration.requestSupplement(id, form);
            case "expert-review" -> registration.startExpertReview(id);
            case "register" -> registration.register(id);
            case "refuse" -> registration.refuse(id, form);
            case "cancel" -> registration.cancel(id, form);
            default -> throw new jakarta.ws.rs.BadRequestException();
        });
    }

    /**
     * 变更登记 from the contract's page, by a registrar of its point: the same form, checks, history row, audit and
     * statistics as POST /api/v1/contracts/{id}/changes; a refused form comes back with the values typed.
     */
    @POST
    @Path("/{id}/changes")
    @RolesAllowed("registrar")
    public Response change(@PathParam("id") long id, @BeanParam AmendmentParams params, HttpHeaders headers) {
        AmendmentForm form = params.toForm();
        FormErrors errors = FormValidation.merge(params.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                registration.amend(id, form);
                return Response.seeOther(URI.create("/contracts/" + id + "#history")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        // the page also holds the review form, with fields of the same names: these messages belong to this form
        Map<String, String> mine = new LinkedHashMap<>();
        errors.byField().forEach((field, message) -> mine.put("change." + field, message));
        return Response.status(400).entity(page(id, new FormErrors(mine), params.values())).build();
    }

    /** The contract page again, status 400, with the errors beside their fields. */
    Response refused(long id, InvalidInputException e, HttpHeaders headers) {
        return Response.status(400).entity(page(id, validation.of(e, headers))).build();
    }

    private Response act(long id, HttpHeaders headers, java.util.function.Supplier<ContractView> step) {
        try {
            step.get();
            return Response.seeOther(URI.create("/contracts/" + id)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(id, validation.of(e, headers))).build();
        }
    }

    private Response save(Long id, ContractFormParams params, HttpHeaders headers) {
        ContractForm form = params.toForm();
        // every problem at once: what did not parse, what Bean Validation and the service's checks find
        List<FieldError> parseErrors = new ArrayList<>(params.errors());
        parseErrors.addAll(checks.of(form));
        FormErrors errors = merge(parseErrors, validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                ContractView saved = id == null ? contracts.create(form) : contracts.update(id, form);
                return Response.seeOther(URI.create("/contracts/" + saved.id())).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            } catch (StaleVersionException e) {
                errors = validation.of(new InvalidInputException("version", "{problem.stale-version.detail}"), headers);
            }
        }
        Map<String, String> values = params.values();
        return Response.status(400).entity(Templates.form(id, values, CostRow.of(values), errors, choices())).build();
    }

    private FormErrors merge(List<FieldError> parseErrors, FormErrors checked, HttpHeaders headers) {
        if (parseErrors.isEmpty()) {
            return checked;
        }
        Map<String, String> all = new LinkedHashMap<>(validation.of(new InvalidInputException(parseErrors), headers).byField());
        checked.byField().forEach(all::putIfAbsent);
        return new FormErrors(all);
    }

    private TemplateInstance page(long id, FormErrors errors) {
        return page(id, errors, null);
    }

    private TemplateInstance page(long id, FormErrors errors, Map<String, String> typed) {
        TechContract c = access.visible(id);
        ContractView view = contracts.view(c);
        Map<String, String> change = typed != null ? typed : AmendmentParams.of(view);
        return Templates.show(view, documents.of(id),
                AmountRevision.of(id).stream().map(RevisionView::from).toList(), access.ownedByCaller(c),
                access.coversCaller(c), c.pointId == null ? null : points.nameOf(c.pointId), errors,
                DocumentKind.values(), change, CostRow.of(change), CostKind.values());
    }

    private Choices choices() {
        List<Organization> orgs = Membership.ofUser(user.profile()).stream().map(m -> m.organization).toList();
        return new Choices(orgs, ContractSubType.values(), SubjectType.values(), TechnicalField.values(),
                IpType.values(), PlanCategory.values(), TradeFlag.values(), CostKind.values(),
                ContractFormParams.COST_ROWS);
    }
}
