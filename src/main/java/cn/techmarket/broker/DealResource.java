package cn.techmarket.broker;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
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

@Path("/api/v1/deals")
@Authenticated
@Tag(name = "deals", description = "Deals carried by brokers: stages 线索→对接中→谈判→签约→已登记 or 终止, commission, docking log")
class DealResource {
    @Inject
    DealService deals;
    @Inject
    DockingLog dockingLog;

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Open a deal (stage LEAD) on a need you hold, with one or more published results")
    public DealView open(@Valid @NotNull DealForm form) {
        return deals.open(form);
    }

    @GET
    @Operation(summary = "Your deals (all deals for the operator), optionally ?stage=")
    public PageResult<DealView> list(@QueryParam("stage") DealStage stage, @Valid @BeanParam PageQuery page) {
        return deals.mine(stage, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A deal with its stage history (its broker, the operator; 404 for anyone else)")
    public DealView get(@PathParam("id") long id) {
        return deals.view(id);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "Move the deal one stage on, or TERMINATED with a reason; SIGNED needs amount (成交额) and signedOn and agreed commission; REGISTERED comes only from contract registration")
    public DealView transition(@PathParam("id") long id, @Valid @NotNull TransitionForm form) {
        return deals.transition(id, form);
    }

    @PUT
    @Path("/{id}/commission")
    @Operation(summary = "Agree the commission while the deal is open: PERCENT (rate), FIXED (amount, yuan) or INCOME_SHARE (rate, years)")
    public DealView commission(@PathParam("id") long id, @Valid @NotNull CommissionForm form) {
        return deals.commission(id, form);
    }

    @GET
    @Path("/{id}/dockings")
    @Operation(summary = "The deal's docking log (对接记录), newest first")
    public List<DockingView> dockings(@PathParam("id") long id) {
        return dockingLog.of(id);
    }

    @POST
    @Path("/{id}/dockings")
    @ResponseStatus(201)
    @Operation(summary = "Add a call, visit, meeting or roadshow to the docking log")
    public DockingView addDocking(@PathParam("id") long id, @Valid @NotNull DockingForm form) {
        return dockingLog.add(id, form);
    }
}
