package cn.techmarket.broker;

import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.listing.Listing;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deal's page (stages, terms, docking log) and its forms; invalid input comes back beside the fields (400). */
@Path("/deals")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class DealPages {
    @Inject
    DealService deals;
    @Inject
    DockingLog dockingLog;
    @Inject
    FormValidation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(long needId, String needTitle, Map<String, String> values, FormErrors errors);

        static native TemplateInstance show(DealView deal, List<DockingView> dockings, boolean carries,
                                            Map<String, String> values, FormErrors errors, List<TerminationReason> reasons,
                                            List<CommissionKind> kinds, List<DockingKind> dockingKinds);
    }

    @GET
    @Path("/new")
    public TemplateInstance blank(@QueryParam("needId") long needId) {
        Listing need = Listing.findById(needId);
        if (need == null) {
            throw new NotFoundException();
        }
        return Templates.form(needId, need.title, Map.of("title", need.title), FormErrors.NONE);
    }

    @POST
    public Response open(@RestForm String needId, @RestForm String title, @RestForm String resultIds,
                         @RestForm String commissionKind, @RestForm String rate, @RestForm String amount,
                         @RestForm String years, HttpHeaders headers) {
        FormInput in = new FormInput();
        Long need = in.id("needId", needId);
        CommissionKind kind = in.choice(CommissionKind.class, "commission.kind", commissionKind);
        CommissionForm commission = kind == null ? null : new CommissionForm(kind, in.decimal("commission.rate", rate),
                in.decimal("commission.amount", amount), in.integer("commission.years", years), null);
        DealForm form = new DealForm(need, title, in.ids("resultIds", resultIds), commission);
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                DealView deal = deals.open(form);
                return Response.seeOther(URI.create("/deals/" + deal.id())).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        Map<String, String> values = values("title", title, "resultIds", resultIds, "commissionKind", commissionKind,
                "rate", rate, "amount", amount, "years", years);
        Listing listing = need == null ? null : Listing.findById(need);
        if (listing == null) {
            throw new NotFoundException();
        }
        return Response.status(400).entity(Templates.form(need, listing.title, values, errors)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return page(deals.view(id), Map.of(), FormErrors.NONE);
    }

    @POST
    @Path("/{id}/transitions")
    public Response move(@PathParam("id") long id, @RestForm String to, @RestForm String amount,
                         @RestForm String signedOn, @RestForm String reason, @RestForm String note,
                         @RestForm String version, HttpHeaders headers) {
        FormInput in = new FormInput();
        TransitionForm form = new TransitionForm(in.choice(DealStage.class, "to", to), in.decimal("amount", amount),
                in.date("signedOn", signedOn), in.choice(TerminationReason.class, "reason", reason), note,
                in.id("version", version));
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                deals.transition(id, form);
                return Response.seeOther(URI.create("/deals/" + id)).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(page(deals.view(id), values("to", to, "amount", amount, "signedOn",
                signedOn, "reason", reason, "note", note), errors)).build();
    }

    @POST
    @Path("/{id}/commission")
    public Response commission(@PathParam("id") long id, @RestForm String commissionKind, @RestForm String rate,
                               @RestForm String amount, @RestForm String years, @RestForm String version,
                               HttpHeaders headers) {
        FormInput in = new FormInput();
        CommissionKind kind = in.choice(CommissionKind.class, "kind", commissionKind);
        CommissionForm form = new CommissionForm(kind, in.decimal("rate", rate), in.decimal("amount", amount),
                in.integer("years", years), in.id("version", version));
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                deals.commission(id, form);
                return Response.seeOther(URI.create("/deals/" + id + "#commission")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        Map<String, String> prefixed = new LinkedHashMap<>();
        errors.byField().forEach((field, message) -> prefixed.put("commission." + field, message));
        errors = new FormErrors(prefixed);
        return Response.status(400).entity(page(deals.view(id), values("commissionKind", commissionKind,
                "commissionRate", rate, "commissionAmount", amount, "commissionYears", years), errors)).build();
    }

    @POST
    @Path("/{id}/dockings")
    public Response addDocking(@PathParam("id") long id, @RestForm String kind, @RestForm String occurredAt,
                               @RestForm String parties, @RestForm String notes, @RestForm String nextStep,
                               @RestForm String nextStepDue, HttpHeaders headers) {
        FormInput in = new FormInput();
        DockingForm form = new DockingForm(in.choice(DockingKind.class, "kind", kind),
                in.dateTime("occurredAt", occurredAt), parties, notes, nextStep, in.date("nextStepDue", nextStepDue));
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                dockingLog.add(id, form);
                return Response.seeOther(URI.create("/deals/" + id + "#dockings")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(page(deals.view(id), values("dockingKind", kind, "occurredAt", occurredAt,
                "parties", parties, "notes", notes, "nextStep", nextStep, "nextStepDue", nextStepDue), errors)).build();
    }

    private TemplateInstance page(DealView deal, Map<String, String> posted, FormErrors errors) {
        Map<String, String> values = new HashMap<>(posted);
        if (deal.commission() != null && !values.containsKey("commissionKind")) {
            values.put("commissionKind", deal.commission().kind().name());
            values.put("commissionRate", plain(deal.commission().rate()));
            values.put("commissionAmount", plain(deal.commission().amount()));
            values.put("commissionYears", deal.commission().years() == null ? null : deal.commission().years().toString());
        }
        return Templates.show(deal, dockingLog.of(deal.id()), deals.carries(deal), values, errors,
                Arrays.asList(TerminationReason.values()), Arrays.asList(CommissionKind.values()),
                Arrays.asList(DockingKind.values()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
