package cn.techmarket.org;

import cn.techmarket.common.Roles;
import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import cn.techmarket.reference.Region;
import cn.techmarket.reference.RegionGroup;
import io.quarkus.panache.common.Sort;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organization pages: directory, detail, register, edit, review. Post/Redirect/Get throughout. */
@Path("/orgs")
@Produces(MediaType.TEXT_HTML)
class OrganizationPages {
    @Inject
    OrganizationService organizations;
    @Inject
    MembershipService memberships;
    @Inject
    CurrentUser user;
    @Inject
    FormValidation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<OrganizationView> result, OrganizationFilter filter,
                                            List<OrganizationType> types, List<Choice> regionChoices, Pager pager);

        static native TemplateInstance show(OrganizationView org, List<MembershipService.MemberView> members,
                                            boolean canEdit, boolean canReview);

        static native TemplateInstance form(OrganizationForm form, Long id, FormErrors errors, List<Region> regions,
                                            List<OrganizationType> types, List<Designation> designations);
    }

    /** An option of a filter drop-down. */
    record Choice(String code, String label) {
    }

    @GET
    public TemplateInstance list(@Valid @BeanParam OrganizationFilter filter, @Valid @BeanParam PageQuery page) {
        PageResult<OrganizationView> result = organizations.list(filter, page);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", filter.q);
        filters.put("type", filter.type == null ? null : filter.type.name());
        filters.put("region", filter.region);
        return Templates.list(result, filter, List.of(OrganizationType.values()), regionChoices(),
                Pager.of("/orgs", filters, result));
    }

    /** Region groups first (成德眉资 …), then the cities. */
    private static List<Choice> regionChoices() {
        List<Choice> choices = new ArrayList<>();
        RegionGroup.<RegionGroup>listAll(Sort.by("sortOrder")).forEach(g -> choices.add(new Choice(g.code, g.nameZh)));
        Region.<Region>list("level = 2 order by code").forEach(r -> choices.add(new Choice(r.code, r.nameZh)));
        return choices;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        OrganizationView org = OrganizationView.from(organizations.visible(id));
        List<MembershipService.MemberView> members = user.belongsTo(id) ? memberships.members(id) : List.of();
        return Templates.show(org, members, user.administers(id), user.isAdmin());
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.ENTERPRISE, Roles.RESEARCHER, Roles.BROKER, Roles.PROVIDER, Roles.ADMIN})
    public TemplateInstance blank() {
        return form(new OrganizationForm(null, null, null, null, null, null, null, null, null), null, FormErrors.NONE);
    }

    @POST
    @RolesAllowed({Roles.ENTERPRISE, Roles.RESEARCHER, Roles.BROKER, Roles.PROVIDER, Roles.ADMIN})
    public Response create(@BeanParam OrganizationFormParams params, HttpHeaders headers) {
        OrganizationForm form = params.toForm();
        FormErrors errors = validation.check(form);
        if (errors.isEmpty()) {
            try {
                OrganizationView created = organizations.create(form);
                return Response.seeOther(URI.create("/orgs/" + created.id())).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(form(form, null, errors)).build();
    }

    @GET
    @Path("/{id}/edit")
    @Authenticated
    public TemplateInstance edit(@PathParam("id") long id) {
        return form(OrganizationForm.from(organizations.administered(id)), id, FormErrors.NONE);
    }

    @POST
    @Path("/{id}")
    @Authenticated
    public Response update(@PathParam("id") long id, @BeanParam OrganizationFormParams params, HttpHeaders headers) {
        OrganizationForm form = params.toForm();
        FormErrors errors = validation.check(form);
        if (errors.isEmpty()) {
            try {
                organizations.update(id, form);
                return Response.seeOther(URI.create("/orgs/" + id)).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return Response.status(400).entity(form(form, id, errors)).build();
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.ADMIN)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String note,
                           @RestForm Long version) {
        Verification chosen = "VERIFIED".equals(decision) ? Verification.VERIFIED : Verification.REJECTED;
        organizations.decide(id, chosen, note, version);
        return Response.seeOther(URI.create("/orgs/" + id)).build();
    }

    private TemplateInstance form(OrganizationForm form, Long id, FormErrors errors) {
        List<Region> regions = Region.list("level > 1 order by code");
        return Templates.form(form, id, errors, regions, List.of(OrganizationType.values()),
                List.of(Designation.values()));
    }
}
