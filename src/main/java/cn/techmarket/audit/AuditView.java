package cn.techmarket.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.OffsetDateTime;

public record AuditView(long id, OffsetDateTime occurredAt, String actor, String actorName, String action,
                        String entityType, String entityId, @JsonRawValue String before, @JsonRawValue String after,
                        String requestId) {
    static AuditView from(AuditEntry e) {
        return new AuditView(e.id, e.occurredAt, e.actor, e.actorName, e.action, e.entityType, e.entityId,
                e.beforeState, e.afterState, e.requestId);
    }
}
