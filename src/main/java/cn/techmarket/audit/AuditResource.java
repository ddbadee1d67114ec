package cn.techmarket.audit;

import cn.techmarket.common.Roles;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "audit", description = "Append-only audit trail 审计记录")
class AuditResource {
    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUREAU})
    @Operation(summary = "The audit trail of one record, oldest first")
    public PageResult<AuditView> list(@QueryParam("entityType") @NotBlank @Size(max = 64) String entityType,
                                      @QueryParam("entityId") @NotBlank @Size(max = 64) String entityId,
                                      @Valid @BeanParam PageQuery page) {
        return trail.of(entityType, entityId, page);
    }
}
