package cn.techmarket.broker;

import cn.techmarket.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/brokers")
@Tag(name = "brokers", description = "Broker profiles 技术经纪人: level, fields, regions, training, computed track record, dashboard")
class BrokerResource {
    @Inject
    BrokerService brokers;
    @Inject
    ClaimService claims;
    @Inject
    DashboardService dashboards;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Your broker profile (role broker); 404 until you save one")
    public BrokerView me() {
        return brokers.me();
    }

    @PUT
    @Path("/me")
    @Authenticated
    @Operation(summary = "Create or edit your broker profile (role broker); send the version you edited when editing")
    public BrokerView save(@Valid @NotNull BrokerForm form) {
        return brokers.save(form);
    }

    @POST
    @Path("/me/trainings")
    @Authenticated
    @ResponseStatus(201)
    @Operation(summary = "Add a training, continuing-education course or certificate to your profile")
    public TrainingView addTraining(@Valid @NotNull TrainingForm form) {
        return brokers.addTraining(form);
    }

    @DELETE
    @Path("/me/trainings/{trainingId}")
    @Authenticated
    @ResponseStatus(204)
    @Operation(summary = "Remove one of your training records")
    public void removeTraining(@PathParam("trainingId") long trainingId) {
        brokers.removeTraining(trainingId);
    }

    @GET
    @Path("/me/claims")
    @Authenticated
    @Operation(summary = "The needs you hold")
    public List<ClaimView> myClaims() {
        return claims.mine();
    }

    @GET
    @Path("/me/dashboard")
    @Authenticated
    @Operation(summary = "Your figures over the deals opened from ?from= to ?to= (dates, both included; all deals without them): by stage, conversion, time in stage, turnover")
    public Dashboard dashboard(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return dashboards.mine(from, to);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every broker (operator), for assigning needs")
    public List<BrokerView> all() {
        return brokers.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A broker's public profile with the track record computed from their deals")
    public BrokerView get(@PathParam("id") long id) {
        return brokers.view(id);
    }
}
