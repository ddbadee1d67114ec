package cn.techmarket.broker;

import cn.techmarket.common.Roles;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.Industry;
import cn.techmarket.reference.Region;
import cn.techmarket.reference.RegionGroup;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import cn.techmarket.web.Locales;
import cn.techmarket.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workbench (/broker), the profile form, public broker pages and the dashboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class BrokerPages {
    @Inject
    BrokerService brokers;
    @Inject
    ClaimService claims;
    @Inject
    DealService deals;
    @Inject
    DashboardService dashboards;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;

    /** What the profile form offers: industries, region groups and cities, the user's organizations. */
    record Choices(List<Industry> industries, List<RegionGroup> groups, List<Region> regions, List<Named> organizations,
                   List<BrokerLevel> levels, List<TrainingKind> trainingKinds) {
    }

    /** The profile form as typed, so that a form with errors comes back as it was sent. */
    record ProfileValues(String level, List<String> fields, List<String> regions, String organizationId, String bio,
                         String phone, String version) {
        static ProfileValues of(BrokerView b) {
            return b == null ? new ProfileValues(null, List.of(), List.of(), null, null, null, null)
                    : new ProfileValues(b.level().name(), b.fields().stream().map(Named::code).toList(),
                    b.regions().stream().map(Named::code).toList(),
                    b.organization() == null ? null : b.organization().code(), b.bio(), b.phone(),
                    String.valueOf(b.version()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workbench(PageResult<QueueItem> queue, Pager pager, List<ClaimView> claims,
                                                 PageResult<DealView> deals, List<BrokerView> brokers, long unclaimed,
                                                 ClaimService.QueueFilter filter, List<Industry> industries,
                                                 List<Region> regions);

        static native TemplateInstance profile(BrokerView me, ProfileValues values, FormErrors errors, Choices choices,
                                               Map<String, String> training, FormErrors trainingErrors, boolean saved);

        static native TemplateInstance show(BrokerView broker);

        static native TemplateInstance dashboard(Dashboard d);
    }

    @GET
    @Path("/broker")
    @Authenticated
    public Response workbench(@Valid @BeanParam PageQuery page, @QueryParam("industry") String industry,
                              @QueryParam("region") String region) {
        if (!brokers.isBroker() && !user.isAdmin()) {
            throw new ForbiddenException();
        }
        if (brokers.isBroker() && brokers.mine().isEmpty()) {
            return Response.seeOther(URI.create("/broker/profile")).build();
        }
        ClaimService.QueueFilter filter = new ClaimService.QueueFilter(industry, region);
        PageResult<QueueItem> queue = claims.queue(filter, page);
        Map<String, String> query = new java.util.HashMap<>();
        query.put("industry", filter.industry());
        query.put("region", filter.region());
        return Response.ok(Templates.workbench(queue, Pager.of("/broker", query, queue), brokers.isBroker() ? claims.mine() : List.of(),
                deals.mine(null, PageQuery.of(1, 50)), user.isAdmin() ? brokers.all() : List.of(),
                claims.unclaimed(filter), filter, Industry.listAll(io.quarkus.panache.common.Sort.by("code")),
                Region.list("level = 2 order by code"))).build();
    }

    @POST
    @Path("/broker/claims")
    @Authenticated
    public Response claim(@RestForm String needId) {
        claims.claim(parseId(needId, "needId"));
        return Response.seeOther(URI.create("/broker#claims")).build();
    }

    @POST
    @Path("/broker/claims/{needId}/release")
    @Authenticated
    public Response release(@PathParam("needId") long needId) {
        claims.release(needId);
        return Response.seeOther(URI.create("/broker")).build();
    }

    @POST
    @Path("/broker/assignments")
    @RolesAllowed(Roles.ADMIN)
    public Response assign(@RestForm String needId, @RestForm String brokerId) {
        claims.assign(parseId(needId, "needId"), parseId(brokerId, "brokerId"));
        return Response.seeOther(URI.create("/broker")).build();
    }

    @GET
    @Path("/broker/profile")
    @Authenticated
    public TemplateInstance profile(@QueryParam("saved") boolean saved) {
        requireBroker();
        BrokerView me = brokers.mine().map(p -> brokers.me()).orElse(null);
        return Templates.profile(me, ProfileValues.of(me), FormErrors.NONE, choices(), Map.of(), FormErrors.NONE, saved);
    }

    @POST
    @Path("/broker/profile")
    @Authenticated
    public Response saveProfile(@RestForm String level, @RestForm List<String> fields, @RestForm List<String> regions,
                                @RestForm String organizationId, @RestForm String bio, @RestForm String phone,
                                @RestForm String version, HttpHeaders headers) {
        requireBroker();
        ProfileValues values = new ProfileValues(level, nonNull(fields), nonNull(regions), organizationId, bio, phone, version);
        FormInput in = new FormInput();
        BrokerForm form = new BrokerForm(in.choice(BrokerLevel.class, "level", level), values.fields(), values.regions(),
                in.id("organizationId", organizationId), bio, phone, in.id("version", version));
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                brokers.save(form);
                return Response.seeOther(URI.create("/broker/profile?saved=true")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            } catch (StaleVersionException e) {
                errors = FormErrors.of(List.of(new FieldError("version",
                        Messages.resolve("{problem.stale-version.detail}", Locales.of(headers)))));
            }
        }
        BrokerView me = brokers.mine().map(p -> brokers.me()).orElse(null);
        return Response.status(400).entity(Templates.profile(me, values, errors, choices(), Map.of(), FormErrors.NONE,
                false)).build();
    }

    @POST
    @Path("/broker/trainings")
    @Authenticated
    public Response addTraining(@RestForm String kind, @RestForm String title, @RestForm String provider,
                                @RestForm String completedOn, @RestForm String hours, @RestForm String certificate,
                                HttpHeaders headers) {
        requireBroker();
        FormInput in = new FormInput();
        TrainingForm form = new TrainingForm(in.choice(TrainingKind.class, "kind", kind), title, provider,
                in.date("completedOn", completedOn), in.integer("hours", hours), certificate);
        FormErrors errors = FormValidation.merge(in.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                brokers.addTraining(form);
                return Response.seeOther(URI.create("/broker/profile#trainings")).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("title", title);
        values.put("provider", provider);
        values.put("completedOn", completedOn);
        values.put("hours", hours);
        values.put("certificate", certificate);
        BrokerView me = brokers.me();
        return Response.status(400).entity(Templates.profile(me, ProfileValues.of(me), FormErrors.NONE, choices(),
                values, errors, false)).build();
    }

    @POST
    @Path("/broker/trainings/{id}/delete")
    @Authenticated
    public Response removeTraining(@PathParam("id") long id) {
        brokers.removeTraining(id);
        return Response.seeOther(URI.create("/broker/profile#trainings")).build();
    }

    @GET
    @Path("/brokers/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.show(brokers.view(id));
    }

    @GET
    @Path("/broker/dashboard")
    @Authenticated
    public TemplateInstance dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormInput in = new FormInput();
        var fromDate = in.date("from", from);
        var toDate = in.date("to", to);
        if (!in.errors().isEmpty()) {
            throw new InvalidInputException(in.errors());
        }
        return Templates.dashboard(dashboards.mine(fromDate, toDate));
    }

    private void requireBroker() {
        if (!brokers.isBroker()) {
            throw new ForbiddenException();
        }
    }

    private Choices choices() {
        List<Named> orgs = user.organizationIds().stream().map(Named::organization).toList();
        return new Choices(Industry.list("order by sortOrder, code"), RegionGroup.list("order by sortOrder"),
                Region.list("level <= 2 order by code"), orgs,
                List.of(BrokerLevel.values()), List.of(TrainingKind.values()));
    }

    private static long parseId(String value, String field) {
        Long id = new FormInput().id(field, value);
        if (id == null) {
            throw new InvalidInputException(field, "{number.format}");
        }
        return id;
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
