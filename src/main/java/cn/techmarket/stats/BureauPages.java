package cn.techmarket.stats;

import cn.techmarket.reference.ReferenceNames;
import cn.techmarket.web.Locales;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Locale;

/** The bureau dashboard (/bureau), its exports, freezing a report, and the JJ-001-style annual summary. */
@Path("/bureau")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"bureau", "admin", "registrar"})
class BureauPages {
    @Inject
    StatsService stats;
    @Inject
    ObjectMapper json;
    @Inject
    ReferenceNames names;

    /** The form as typed, for the links and the form fields. */
    record Query(String scope, String period, String asOf, String flow) {
        static Query of(Dashboard d) {
            return new Query(d.scope().code(), d.period().text(), d.asOf().toString(), d.flow().name());
        }

        public String export(String table, String format) {
            return UriBuilder.fromPath("/bureau/export/" + table).queryParam("scope", scope)
                    .queryParam("period", period).queryParam("asOf", asOf).queryParam("flow", flow)
                    .queryParam("format", format).build().toString();
        }
    }

    /** A scope the form offers, with its name in the page's language. */
    record ScopeChoice(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard d, Query q, List<ScopeChoice> scopes, String charts,
                                                 FrozenReport report, boolean canFreeze);

        static native TemplateInstance annual(Dashboard d, Query q, List<ScopeChoice> scopes, List<StatsTable> tables);
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("scope") String scope, @QueryParam("period") String period,
                                      @QueryParam("asOf") String asOf, @QueryParam("flow") String flow,
                                      HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        Dashboard d = stats.dashboard(new StatsService.Request(scope, period, asOf, flow), locale);
        Query q = Query.of(d);
        String charts;
        try {
            charts = json.writeValueAsString(ChartData.of(d, StatsResource.messages(locale)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Templates.dashboard(d, q, choices(locale), charts, stats.report(d).orElse(null),
                stats.canFreeze() && d.period().freezable());
    }

    @GET
    @Path("/export/{table}")
    @Produces({"text/csv", TableExport.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("table") String table, @QueryParam("scope") String scope,
                           @QueryParam("period") String period, @QueryParam("asOf") String asOf,
                           @QueryParam("flow") String flow, @QueryParam("format") String format,
                           HttpHeaders headers) {
        Locale locale = Locales.of(headers);
        Dashboard d = stats.dashboard(new StatsService.Request(scope, period, asOf, flow), locale);
        return Exports.respond(d, table, format == null ? "xlsx" : format, locale);
    }

    @POST
    @Path("/reports")
    public Response freeze(@RestForm String scope, @RestForm String period, HttpHeaders headers) {
        stats.freeze(scope, period, Locales.of(headers));
        return Response.seeOther(UriBuilder.fromPath("/bureau").queryParam("scope", scope)
                .queryParam("period", period).build()).build();
    }

    /** The annual summary: the year's breakdowns of the scope's registered (输出) contracts, printable. */
    @GET
    @Path("/annual")
    public TemplateInstance annual(@QueryParam("scope") String scope, @QueryParam("year") String year,
                                   @QueryParam("asOf") String asOf, @QueryParam("flow") String flow,
                                   HttpHeaders headers) {
        String period = year == null || year.isBlank() ? null : String.valueOf(Exports.year(year));
        Locale locale = Locales.of(headers);
        Dashboard d = stats.dashboard(new StatsService.Request(scope, period, asOf, flow), locale);
        Query q = Query.of(d);
        List<StatsTable> tables = d.tables().stream()
                .filter(t -> !t.key().equals("trend") && !t.key().equals("regions")).toList();
        return Templates.annual(d, q, choices(locale), tables);
    }

    private List<ScopeChoice> choices(Locale locale) {
        return stats.scopeChoices().stream().map(c -> new ScopeChoice(c, names.of(c, locale))).toList();
    }
}
