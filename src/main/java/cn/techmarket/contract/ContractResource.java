package cn.techmarket.contract;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

@Path("/api/v1/contracts")
@Authenticated
@Tag(name = "contracts", description = "技术合同认定登记: drafts, submission, review, registration, 变更登记 and 注销登记")
class ContractResource {
    @Inject
    ContractService contracts;
    @Inject
    RegistrationService registration;
    @Inject
    ContractDocuments documents;

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Draft a contract for one of your organizations (amounts in yuan, two decimals at most)")
    public ContractView create(@Valid @NotNull ContractForm form) {
        return contracts.create(form);
    }

    @GET
    @Operation(summary = "Your organizations' contracts, optionally ?status=")
    public PageResult<ContractView> mine(@QueryParam("status") ContractStatus status, @Valid @BeanParam PageQuery page) {
        return contracts.mine(status, page);
    }

    @GET
    @Path("/queue")
    @RolesAllowed("registrar")
    @Operation(summary = "The registrar's queue: files at your points awaiting a decision, oldest deadline first, overdue flagged")
    public PageResult<ContractView> queue(@Valid @BeanParam PageQuery page) {
        return registration.queue(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A contract (its registrant, the registrars of its point, operators; 404 for anyone else)")
    public ContractView get(@PathParam("id") long id) {
        return contracts.view(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a draft, or a file returned for 补正 (send the version you edited)")
    public ContractView update(@PathParam("id") long id, @Valid @NotNull ContractForm form) {
        return contracts.update(id, form);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit to the registration point of the registrant's region; the working-day clock starts")
    public ContractView submit(@PathParam("id") long id) {
        return contracts.submit(id);
    }

    @POST
    @Path("/{id}/supplement-request")
    @RolesAllowed("registrar")
    @Operation(summary = "Ask for supplementary material (补正); the clock restarts on resubmission")
    public ContractView supplement(@PathParam("id") long id, @Valid @NotNull ReviewForm form) {
        return registration.requestSupplement(id, form);
    }

    @POST
    @Path("/{id}/expert-review")
    @RolesAllowed("registrar")
    @Operation(summary = "Send to expert review (required when 技术交易额 ≥ 5,000,000 元)")
    public ContractView expertReview(@PathParam("id") long id) {
        return registration.startExpertReview(id);
    }

    @POST
    @Path("/{id}/registration")
    @RolesAllowed("registrar")
    @Operation(summary = "予以登记: assigns the point's next registration number of the year")
    public ContractView register(@PathParam("id") long id) {
        return registration.register(id);
    }

    @POST
    @Path("/{id}/refusal")
    @RolesAllowed("registrar")
    @Operation(summary = "不予登记, with the reason")
    public ContractView refuse(@PathParam("id") long id, @Valid @NotNull ReviewForm form) {
        return registration.refuse(id, form);
    }

    @POST
    @Path("/{id}/changes")
    @RolesAllowed("registrar")
    @Operation(summary = "变更登记: new amounts from an effective date; the old ones stay in the history")
    public ContractView amend(@PathParam("id") long id, @Valid @NotNull AmendmentForm form) {
        return registration.amend(id, form);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed("registrar")
    @Operation(summary = "注销登记 from an effective date (today if omitted)")
    public ContractView cancel(@PathParam("id") long id, @Valid @NotNull ReviewForm form) {
        return registration.cancel(id, form);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The registered amounts revision by revision (registration, changes, cancellation)")
    public List<RevisionView> history(@PathParam("id") long id) {
        contracts.view(id);
        return AmountRevision.of(id).stream().map(RevisionView::from).toList();
    }

    @GET
    @Path("/{id}/documents")
    @Operation(summary = "The attached documents with their SHA-256")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documents.of(id);
    }
}
