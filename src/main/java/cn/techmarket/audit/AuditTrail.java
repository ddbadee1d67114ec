package cn.techmarket.audit;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Records state changes in the caller's transaction, so that a change and its audit line commit or roll back
 * together. Snapshots are the records' API views, serialized as JSON.
 */
@ApplicationScoped
public class AuditTrail {
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(clock);
        boolean anonymous = identity == null || identity.isAnonymous();
        entry.actor = anonymous ? "system" : subject();
        entry.actorName = anonymous ? null : identity.getPrincipal().getName();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.beforeState = toJson(before);
        entry.afterState = toJson(after);
        entry.requestId = RequestIds.current();
        entry.persist();
    }

    public PageResult<AuditView> of(String entityType, String entityId, PageQuery query) {
        var found = AuditEntry.find("entityType = ?1 and entityId = ?2", Sort.by("occurredAt").and("id"),
                entityType, entityId);
        return PageResult.of(found.page(Page.of(query.index(), query.size())).list(), query, found.count(),
                AuditView::from);
    }

    private String subject() {
        Object sub = identity.getAttribute("sub");
        if (sub == null && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            sub = jwt.getSubject();
        }
        return sub != null ? sub.toString() : identity.getPrincipal().getName();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit snapshot not serializable: " + state.getClass(), e);
        }
    }
}
