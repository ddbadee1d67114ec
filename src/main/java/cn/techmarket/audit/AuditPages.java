package cn.techmarket.audit;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as a page for the bureau and the operator: the marketplace's activity of the last 30 days
 * (counted from the trail itself), then every entry, newest first, filterable by kind of record.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
class AuditPages {
    static final int ACTIVITY_DAYS = 30;
    /** The steps that show a marketplace at work, in the order a need travels. */
    static final List<String> ACTIVITY = List.of("listing.submit", "listing.approve", "interest.expressed",
            "interest.accepted", "need.claimed", "deal.opened", "deal.signed", "deal.registered", "organization.verified");

    record Activity(String action, long count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Activity> activity, int days, PageResult<AuditView> entries,
                                            Pager pager, String entityType, List<String> entityTypes);
    }

    @GET
    @RolesAllowed({"admin", "bureau"})
    public TemplateInstance list(@QueryParam("entityType") String entityType, @Valid @BeanParam PageQuery page) {
        String type = entityType == null || !entityType.matches("[a-z-]{1,64}") ? null : entityType;
        var found = type == null ? AuditEntry.findAll(Sort.descending("occurredAt", "id"))
                : AuditEntry.find("entityType", Sort.descending("occurredAt", "id"), type);
        PageResult<AuditView> entries = PageResult.of(found.page(Page.of(page.index(), page.size())).list(), page,
                found.count(), AuditView::from);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("entityType", type);
        return Templates.list(activity(), ACTIVITY_DAYS, entries, Pager.of("/audit", filters, entries), type,
                AuditEntry.getEntityManager().createQuery(
                        "select distinct e.entityType from AuditEntry e order by e.entityType", String.class).getResultList());
    }

    private static List<Activity> activity() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ACTIVITY.forEach(a -> counts.put(a, 0L));
        AuditEntry.getEntityManager().createQuery("""
                        select e.action, count(e) from AuditEntry e where e.occurredAt >= :since and e.action in :actions
                        group by e.action""", Object[].class)
                .setParameter("since", OffsetDateTime.now().minusDays(ACTIVITY_DAYS))
                .setParameter("actions", ACTIVITY)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts.entrySet().stream().map(e -> new Activity(e.getKey(), e.getValue())).toList();
    }
}
