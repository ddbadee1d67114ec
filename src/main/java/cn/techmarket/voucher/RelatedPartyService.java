package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Organization;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.OffsetDateTime;
import java.util.List;

/** Related parties an organization declares (its administrators) or the operator records, for the affiliation check. */
@ApplicationScoped
public class RelatedPartyService {
    public record View(long id, long organizationId, RelatedParty.Kind kind, String relatedCreditCode,
                       String relatedName, String note) {
        static View of(RelatedParty r) {
            return new View(r.id, r.organizationId, r.kind, r.relatedCreditCode, r.relatedName, r.note);
        }
    }

    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;

    @Transactional
    public View add(long orgId, RelatedPartyForm form) {
        Organization org = visible(orgId);
        if (!user.administers(orgId)) {
            throw new ForbiddenException();
        }
        if (org.creditCode.equals(form.relatedCreditCode())) {
            throw new RuleViolation("related-party-self", "an organization is not its own related party");
        }
        if (RelatedParty.count("organizationId = ?1 and kind = ?2 and relatedCreditCode = ?3", orgId, form.kind(),
                form.relatedCreditCode()) > 0) {
            throw new RuleViolation("related-party-exists", "already declared");
        }
        RelatedParty r = new RelatedParty();
        r.organizationId = orgId;
        r.kind = form.kind();
        r.relatedCreditCode = form.relatedCreditCode();
        r.relatedName = form.relatedName();
        r.note = form.note();
        r.recordedBy = user.subject();
        r.recordedAt = OffsetDateTime.now();
        r.persist();
        View view = View.of(r);
        audit.record("related-party.added", "organization", orgId, null, view);
        return view;
    }

    public List<View> of(long orgId) {
        visible(orgId);
        return RelatedParty.<RelatedParty>list("organizationId = ?1 order by id", orgId).stream().map(View::of).toList();
    }

    private Organization visible(long orgId) {
        Organization org = Organization.findById(orgId);
        if (org == null || !user.belongsTo(orgId) && !user.hasRole("bureau")) {
            throw new NotFoundException();
        }
        return org;
    }
}
