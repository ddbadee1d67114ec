package cn.techmarket.interest;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/interests")
@Authenticated
@Tag(name = "interests", description = "表达意向: expressions of interest in listings, and the owners' decisions")
class InterestResource {
    @Inject
    InterestService interests;

    @GET
    @Path("/mine")
    @Operation(summary = "我的意向: interests your organizations expressed; the listing's contacts once accepted")
    public PageResult<InterestView> mine(@Valid @BeanParam PageQuery page) {
        return interests.mine(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One interest, for either side")
    public InterestView get(@PathParam("id") long id) {
        return interests.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Owner's decision {decision: ACCEPT|DECLINE, reason: TOO_EARLY|PRICE|IP|FIT|CAPACITY|OTHER, note}; a decline needs a reason, OTHER a note")
    public InterestView decide(@PathParam("id") long id, @Valid @NotNull DecisionForm form) {
        return interests.decide(id, form);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "The interested organization withdraws an open interest")
    public InterestView withdraw(@PathParam("id") long id) {
        return interests.withdraw(id);
    }
}
