package cn.techmarket.stats;

import cn.techmarket.importing.CsvWriter;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.reference.Regions;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The statistics API: the dashboard's figures, each table as CSV or XLSX, frozen reports, GDP reference data. */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"bureau", "admin", "registrar"})
class StatsResource {
    @Inject
    StatsService stats;
    @Inject
    Targets targets;
    @Inject
    Regions regions;

    /** The dashboard as JSON: the scope's name, every table and the targets. */
    record DashboardJson(String scope, String scopeName, String period, LocalDate asOf, BreakdownFlow flow,
                         List<StatsTable> tables, List<TargetProgress> targets) {
        static DashboardJson of(Dashboard d) {
            return new DashboardJson(d.scope().code(), d.scope().nameZh(), d.period().text(), d.asOf(), d.flow(),
                    d.tables(), d.targets());
        }
    }

    record FreezeForm(String scope, String period) {
    }

    record GdpForm(BigDecimal gdp, String source) {
    }

    @GET
    @Path("/dashboard")
    public DashboardJson dashboard(@QueryParam("scope") String scope, @QueryParam("period") String period,
                                   @QueryParam("asOf") String asOf, @QueryParam("flow") String flow,
                                   HttpHeaders headers) {
        return DashboardJson.of(stats.dashboard(new StatsService.Request(scope, period, asOf, flow), locale(headers)));
    }

    /** One table, as {@code format} = json (default), csv or xlsx. */
    @GET
    @Path("/tables/{key}")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, TableExport.XLSX})
    public Response table(@PathParam("key") String key, @QueryParam("scope") String scope,
                          @QueryParam("period") String period, @QueryParam("asOf") String asOf,
                          @QueryParam("flow") String flow, @QueryParam("format") String format,
                          HttpHeaders headers) {
        Locale locale = locale(headers);
        Dashboard d = stats.dashboard(new StatsService.Request(scope, period, asOf, flow), locale);
        return Exports.respond(d, key, format, locale);
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response freeze(FreezeForm form, HttpHeaders headers) {
        // a frozen figure is official: both what and when are named, never defaulted
        if (form == null || form.scope() == null || form.scope().isBlank()) {
            throw new InvalidInputException("scope", "{stats.scope.invalid}");
        }
        if (form.period() == null || form.period().isBlank()) {
            throw new InvalidInputException("period", "{stats.period.invalid}");
        }
        long id = stats.freeze(form.scope(), form.period(), locale(headers));
        return Response.created(URI.create("/api/v1/stats/reports?scope=" + form.scope() + "&period=" + form.period()))
                .entity(java.util.Map.of("id", id)).build();
    }

    /** The frozen report of a scope and period with its revisions against the figures as of {@code asOf} (today). */
    @GET
    @Path("/reports")
    public FrozenReport report(@QueryParam("scope") String scope, @QueryParam("period") String period,
                               @QueryParam("asOf") String asOf, HttpHeaders headers) {
        Dashboard d = stats.dashboard(new StatsService.Request(scope, period, asOf), locale(headers));
        return stats.report(d).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("/gdp/{region}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"bureau", "admin"})
    public Response gdp(@PathParam("region") String region, @PathParam("year") String year, GdpForm form) {
        if (!regions.exists(region)) {
            throw new InvalidInputException("region", "{stats.scope.invalid}");
        }
        int y = Exports.year(year);
        if (form == null || form.gdp() == null || form.gdp().signum() <= 0 || form.gdp().scale() > 2) {
            throw new InvalidInputException("gdp", "{stats.gdp.invalid}");
        }
        targets.setGdp(region, y, form.gdp(), form.source());
        return Response.noContent().build();
    }

    private static Locale locale(HttpHeaders headers) {
        return cn.techmarket.web.Locales.of(headers);
    }

    static StatsMessages messages(Locale locale) {
        return MessageBundles.get(StatsMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}
