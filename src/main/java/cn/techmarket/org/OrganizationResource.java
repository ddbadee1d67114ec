package cn.techmarket.org;

import cn.techmarket.common.Roles;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

@Path("/api/v1/organizations")
@Tag(name = "organizations", description = "Enterprises, universities, institutes, service providers 机构")
class OrganizationResource {
    @Inject
    OrganizationService organizations;
    @Inject
    MembershipService memberships;

    record VerificationDecision(@NotNull(message = "{decision.required}") Verification decision,
                                @Size(max = 500, message = "{size.max500}") String note, Long version) {
    }

    record MemberRequest(@NotBlank(message = "{username.required}") @Size(max = 128) String username,
                         @NotNull(message = "{role.required}") MemberRole role) {
    }

    @GET
    @Operation(summary = "Verified organizations (operators see every state), filtered and paged")
    public PageResult<OrganizationView> list(@Valid @BeanParam OrganizationFilter filter, @Valid @BeanParam PageQuery page) {
        return organizations.list(filter, page);
    }

    @GET
    @Path("/{id}")
    public OrganizationView get(@PathParam("id") long id) {
        return OrganizationView.from(organizations.visible(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.ENTERPRISE, Roles.RESEARCHER, Roles.BROKER, Roles.PROVIDER, Roles.ADMIN})
    @Operation(summary = "Register an organization; the caller becomes its org admin; verification is pending")
    public OrganizationView create(@Valid @NotNull OrganizationForm form) {
        return organizations.create(form);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Edit an organization (its org admins, operators); send the version you edited")
    public OrganizationView update(@PathParam("id") long id, @Valid @NotNull OrganizationForm form) {
        return organizations.update(id, form);
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify or reject an organization's identity (operators)")
    public OrganizationView decide(@PathParam("id") long id, @Valid @NotNull VerificationDecision body) {
        return organizations.decide(id, body.decision(), body.note(), body.version());
    }

    @GET
    @Path("/{id}/members")
    @Authenticated
    public List<MembershipService.MemberView> members(@PathParam("id") long id) {
        return memberships.members(id);
    }

    @PUT
    @Path("/{id}/members")
    @Authenticated
    @Operation(summary = "Add a member or change a member's role (org admins, operators)")
    public MembershipService.MemberView putMember(@PathParam("id") long id, @Valid @NotNull MemberRequest body) {
        return memberships.put(id, body.username(), body.role());
    }

    @DELETE
    @Path("/{id}/members/{username}")
    @Authenticated
    @ResponseStatus(204)
    public void removeMember(@PathParam("id") long id, @PathParam("username") String username) {
        memberships.remove(id, username);
    }
}
