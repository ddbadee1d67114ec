package cn.techmarket.voucher;

import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import cn.techmarket.org.Organization;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /vouchers/providers: an organization registers as a provider 创新服务机构 (cities served) and keeps its catalogue;
 * its orders are listed for confirmation; the city bureau accepts or suspends the providers of its city.
 */
@Path("/vouchers/providers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ProviderPages {
    @Inject
    ProviderService providers;
    @Inject
    OrderService orders;
    @Inject
    Jurisdiction who;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;

    /**
     * One of the caller's organizations: its registration (null before), its orders, and whether the refused form
     * whose messages the page shows is this organization's.
     */
    record Mine(Organization org, ProviderView provider, List<VoucherView.OrderView> orders, boolean refused) {
        public String cities() {
            return provider == null ? "" : String.join(" ", provider.citiesServed());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance providers(List<Mine> mine, List<ProviderView> decidable,
                                                 List<ServiceCategory> categories,
                                                 Map<String, String> values, FormErrors errors);
    }

    @GET
    public TemplateInstance page() {
        return page(null, Map.of(), FormErrors.NONE);
    }

    @POST
    @Path("/{orgId:\\d+}/registration")
    public Response register(@PathParam("orgId") long orgId, @RestForm String citiesServed, @RestForm String note,
                             HttpHeaders headers) {
        List<String> cities = citiesServed == null ? List.of() : Arrays.stream(citiesServed.split("[\\s,，;；、]+"))
                .filter(c -> !c.isBlank()).toList();
        ProviderForms.Registration form = new ProviderForms.Registration(cities, FormInput.text(note));
        return done(orgId, form, () -> providers.register(orgId, form),
                Map.of("citiesServed", OrderPages.blank(citiesServed), "note", OrderPages.blank(note)), List.of(), headers);
    }

    @POST
    @Path("/{orgId:\\d+}/services")
    public Response offer(@PathParam("orgId") long orgId, @RestForm String category, @RestForm String nameZh,
                          @RestForm String price, HttpHeaders headers) {
        FormInput input = new FormInput();
        ProviderForms.Service form = new ProviderForms.Service(input.choice(ServiceCategory.class, "category", category),
                FormInput.text(nameZh), input.decimal("price", price));
        return done(orgId, form, () -> providers.offer(orgId, form), Map.of("category", OrderPages.blank(category),
                "nameZh", OrderPages.blank(nameZh), "price", OrderPages.blank(price)), input.errors(), headers);
    }

    @POST
    @Path("/{orgId:\\d+}/decision")
    public Response decide(@PathParam("orgId") long orgId, @RestForm String status, @RestForm String note,
                           HttpHeaders headers) {
        FormInput input = new FormInput();
        ProviderForms.Decision form = new ProviderForms.Decision(input.choice(Provider.Status.class, "status", status),
                FormInput.text(note));
        return done(orgId, form, () -> providers.decide(orgId, form), Map.of("note", OrderPages.blank(note)),
                input.errors(), headers);
    }

    /** Validates the form as the API would, runs the change, and shows the page again: 303, or 400 with messages. */
    private Response done(long orgId, Object form, Runnable change, Map<String, String> values,
                          List<cn.techmarket.common.FieldError> parseErrors, HttpHeaders headers) {
        FormErrors errors = FormValidation.merge(parseErrors, validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                change.run();
                return Response.seeOther(URI.create("/vouchers/providers#org-" + orgId)).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(page(orgId, values, errors)).build();
    }

    private TemplateInstance page(Long formOrg, Map<String, String> values, FormErrors errors) {
        List<Organization> orgs = Membership.ofUser(user.profile()).stream().map(m -> m.organization)
                .filter(o -> o.type != cn.techmarket.org.OrganizationType.GOVERNMENT).toList();
        Map<Long, ProviderView> registered = providers.of(orgs.stream().map(o -> o.id).toList());
        List<Mine> mine = orgs.stream().map(o -> new Mine(o, registered.get(o.id),
                registered.containsKey(o.id) && who.provides(o.id) ? orders.ofProvider(o.id) : List.of(),
                o.id.equals(formOrg))).toList();
        List<ProviderView> decidable = user.hasRole("bureau") || who.admin() ? providers.decidable() : List.of();
        return Templates.providers(mine, decidable, List.of(ServiceCategory.values()), values, errors);
    }
}
