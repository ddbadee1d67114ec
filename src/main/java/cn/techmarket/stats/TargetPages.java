package cn.techmarket.stats;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.reference.ReferenceNames;
import cn.techmarket.web.FormValidation;
import cn.techmarket.web.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /bureau/targets: the bureau and the operator enter targets (a region or a group, a year, 成交额 / 技术交易额 / 吸纳占GDP
 * of a flow, an amount) and GDP per region and year. Post/Redirect/Get; a refused form comes back with status 400
 * and a message beside each field. Every change is audited with the value it replaced.
 */
@Path("/bureau/targets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"bureau", "admin"})
class TargetPages {
    @Inject
    Targets targets;
    @Inject
    Scopes scopes;
    @Inject
    StatsService stats;
    @Inject
    ReferenceNames names;
    @Inject
    FormValidation validation;
    @Inject
    CurrentUser user;

    /** A target as listed, with the scope's name and the metric's label. */
    record TargetRow(String scope, String scopeName, int year, String metric, String label, BigDecimal target,
                     String source) {
    }

    /** A GDP figure as listed. */
    record GdpRow(String region, String regionName, int year, BigDecimal gdp, String source) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(List<TargetRow> targets, List<GdpRow> gdps,
                                               List<BureauPages.ScopeChoice> scopes, Map<String, String> target,
                                               FormErrors targetErrors, Map<String, String> gdp, FormErrors gdpErrors,
                                               boolean saved);
    }

    @GET
    public TemplateInstance page(@QueryParam("scope") String scope, @QueryParam("year") String year,
                                 @QueryParam("metric") String metric, @QueryParam("saved") String saved,
                                 HttpHeaders headers) {
        Map<String, String> target = new LinkedHashMap<>();
        target.put("scope", scope);
        target.put("year", year);
        // "edit" from the list: the row's values in the form (saving replaces the target of that scope, year, metric)
        targets.all().stream().filter(t -> t.scope().equals(scope) && String.valueOf(t.year()).equals(year)
                && t.metric().name().equals(metric)).findFirst().ifPresent(t -> {
                    target.put("measure", t.metric().measure.name());
                    target.put("flow", t.metric().flow.name());
                    target.put("target", t.target().toPlainString());
                    target.put("source", t.source());
                });
        return render(target, FormErrors.NONE, new LinkedHashMap<>(), FormErrors.NONE, saved != null, headers);
    }

    @POST
    public Response saveTarget(@RestForm String scope, @RestForm String year, @RestForm String measure,
                               @RestForm String flow, @RestForm String target, @RestForm String source,
                               HttpHeaders headers) {
        Map<String, String> values = values("scope", scope, "year", year, "measure", measure, "flow", flow,
                "target", target, "source", source);
        TargetForm form = new TargetForm(values);
        TargetForm.Read<Targets.Entry> read = form.target(scopes);
        if (read == null) {
            return refused(render(values, errors(form.errors(), headers), new LinkedHashMap<>(), FormErrors.NONE,
                    false, headers));
        }
        targets.save(read.scope(), read.value(), user.subject());
        return saved();
    }

    @POST
    @Path("/gdp")
    public Response saveGdp(@RestForm String region, @RestForm String year, @RestForm String gdp,
                            @RestForm String source, HttpHeaders headers) {
        Map<String, String> values = values("region", region, "year", year, "gdp", gdp, "source", source);
        TargetForm form = new TargetForm(values);
        TargetForm.Read<BigDecimal> read = form.gdp(scopes);
        if (read == null) {
            return refused(render(new LinkedHashMap<>(), FormErrors.NONE, values, errors(form.errors(), headers),
                    false, headers));
        }
        targets.setGdp(read.scope().code(), Integer.parseInt(values.get("year").strip()), read.value(),
                TargetForm.text(values.get("source")));
        return saved();
    }

    private TemplateInstance render(Map<String, String> target, FormErrors targetErrors, Map<String, String> gdp,
                                    FormErrors gdpErrors, boolean saved, HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        StatsMessages text = StatsResource.messages(locale);
        List<TargetRow> rows = targets.all().stream().map(t -> new TargetRow(t.scope(), names.of(t.scope(), locale),
                t.year(), t.metric().name(), text.metric_name(t.metric().name()),
                t.target(), t.source())).toList();
        List<GdpRow> gdps = targets.gdps().stream().map(r -> new GdpRow((String) r[0], names.of((String) r[0], locale),
                ((Number) r[1]).intValue(), (BigDecimal) r[2], (String) r[3])).toList();
        List<BureauPages.ScopeChoice> choices = stats.scopeChoices().stream()
                .map(c -> new BureauPages.ScopeChoice(c, names.of(c, locale))).toList();
        return Templates.targets(rows, gdps, choices, target, targetErrors, gdp, gdpErrors, saved);
    }

    private FormErrors errors(List<FieldError> errors, HttpHeaders headers) {
        return validation.of(new InvalidInputException(errors), headers);
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(400).entity(page).build();
    }

    private static Response saved() {
        return Response.seeOther(URI.create("/bureau/targets?saved=1")).build();
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
