package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.RuleViolation;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Redemption 兑付: evidence, submission, the city bureau's review, the issuer's review, 公示, then payment or
 * rejection. A rejection gives the reserved amount back; a payment books the cross-city settlement.
 */
@ApplicationScoped
public class RedemptionService {
    @Inject
    Jurisdiction who;
    @Inject
    Vouchers vouchers;
    @Inject
    Ledger ledger;
    @Inject
    Settlement settlement;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @Transactional
    public Map<String, Object> addEvidence(long voucherId, Evidence.Kind kind, EvidenceFile file) {
        Voucher v = party(voucherId);
        if (v.status != VoucherStatus.RESERVED) {
            throw new RuleViolation("voucher-invalid-transition", "evidence is added to a reserved voucher");
        }
        Evidence e = new Evidence();
        e.voucherId = v.id;
        e.kind = kind;
        e.fileName = file.name();
        e.mediaType = file.mediaType();
        e.sizeBytes = file.content().length;
        e.sha256 = file.sha256();
        e.content = file.content();
        e.uploadedAt = OffsetDateTime.now();
        e.uploadedBy = who.subject();
        e.persist();
        Map<String, Object> view = Map.of("id", e.id, "kind", kind, "fileName", e.fileName, "mediaType", e.mediaType,
                "sizeBytes", e.sizeBytes, "sha256", e.sha256);
        audit.record("voucher.evidence-added", VoucherService.AUDIT_TYPE, v.id, null, view);
        return view;
    }

    /** A stored evidence file as pages list it (never its bytes). */
    public record EvidenceView(long id, Evidence.Kind kind, String fileName, String mediaType, long sizeBytes,
                               String sha256, OffsetDateTime uploadedAt) {
        public String shortSha() {
            return sha256.substring(0, 12);
        }
    }

    /** The voucher's evidence, for whoever may see the voucher; the content is not loaded. */
    public List<EvidenceView> evidence(long voucherId) {
        vouchers.read(voucherId);
        return em.createQuery("""
                select e.id, e.kind, e.fileName, e.mediaType, e.sizeBytes, e.sha256, e.uploadedAt
                from Evidence e where e.voucherId = ?1 order by e.id""", Object[].class)
                .setParameter(1, voucherId).getResultStream()
                .map(r -> new EvidenceView((Long) r[0], (Evidence.Kind) r[1], (String) r[2], (String) r[3], (Long) r[4],
                        (String) r[5], (OffsetDateTime) r[6])).toList();
    }

    /** The holder or the provider of the confirmed order: who adds evidence and submits. */
    public boolean isParty(long voucherId) {
        Voucher v = vouchers.read(voucherId);
        ServiceOrder o = v.orderId == null ? null : ServiceOrder.findById(v.orderId);
        return who.holds(v) || o != null && who.provides(o.providerOrgId);
    }

    @Transactional
    public VoucherView submit(long voucherId, VoucherForms.Submission form) {
        Voucher v = party(voucherId);
        VoucherView before = VoucherView.of(v);
        if (v.status == VoucherStatus.RESERVED && !v.expiresAt.isAfter(OffsetDateTime.now())) {
            throw new RuleViolation("voucher-expired", "the voucher's validity has ended");
        }
        List<Evidence.Kind> present = em.createQuery("select distinct e.kind from Evidence e where e.voucherId = ?1",
                Evidence.Kind.class).setParameter(1, v.id).getResultList();
        if (!present.containsAll(EnumSet.allOf(Evidence.Kind.class))) {
            throw new RuleViolation("evidence-incomplete", "contract, invoice, bank receipt and deliverable are needed");
        }
        if (!v.withinValidity(form.invoiceDate())) {
            throw new RuleViolation("invoice-outside-validity", "the invoice is dated outside the validity");
        }
        v.moveTo(VoucherStatus.SUBMITTED);
        v.invoiceDate = form.invoiceDate();
        return recorded("voucher.submitted", v, before);
    }

    /** The city bureau reviews a submission, then the issuer; the issuer may still reject during 公示. */
    @Transactional
    public VoucherView review(long voucherId, VoucherForms.Decision decision) {
        Voucher v = vouchers.locked(voucherId);
        Programme p = Programme.findById(v.programmeId);
        boolean allowed = switch (v.status) {
            case SUBMITTED -> who.admin() || who.cityBureauOf(v.holderCity);
            case CITY_APPROVED, PUBLICIZED -> who.issuerOf(p);
            default -> throw new RuleViolation("voucher-invalid-transition", "nothing to review in " + v.status);
        };
        if (!allowed) {
            throw new ForbiddenException();
        }
        VoucherView before = VoucherView.of(v);
        if (decision.rejected()) {
            List<String> reasons = VoucherService.reasonsRequired(decision.reasons());
            v.moveTo(VoucherStatus.REJECTED);
            vouchers.release(v);
            v.reasons = List.copyOf(reasons);
            return recorded("voucher.rejected", v, before);
        }
        if (v.status == VoucherStatus.PUBLICIZED) {
            throw new RuleViolation("voucher-invalid-transition", "after 公示 the voucher is paid, not approved again");
        }
        boolean city = v.status == VoucherStatus.SUBMITTED;
        v.moveTo(city ? VoucherStatus.CITY_APPROVED : VoucherStatus.ISSUER_APPROVED);
        return recorded(city ? "voucher.city-approved" : "voucher.issuer-approved", v, before);
    }

    @Transactional
    public VoucherView publicize(long voucherId) {
        Voucher v = issuerLocked(voucherId);
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.PUBLICIZED);
        v.publicityEndsAt = OffsetDateTime.now().plusDays(v.terms().publicityDays);
        return recorded("voucher.publicized", v, before);
    }

    /** After 公示: the subsidy is paid, the rest of an advance voucher's value goes back to the budget. */
    @Transactional
    public VoucherView pay(long voucherId) {
        Voucher v = issuerLocked(voucherId);
        if (v.status == VoucherStatus.PUBLICIZED && v.publicityEndsAt.isAfter(OffsetDateTime.now())) {
            throw new RuleViolation("publicity-running", "the 公示 period ends " + v.publicityEndsAt);
        }
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.PAID);
        v.paidAt = OffsetDateTime.now();
        ProgrammeVersion terms = v.terms();
        BigDecimal committed = terms.mode == ProgrammeMode.ADVANCE ? v.faceValue : v.reserved;
        ledger.settle(v.programmeId, committed, v.reserved);
        settlement.book(v, Programme.findById(v.programmeId), terms, ServiceOrder.findById(v.orderId));
        return recorded("voucher.paid", v, before);
    }

    private Voucher issuerLocked(long voucherId) {
        Voucher v = vouchers.locked(voucherId);
        if (!who.issuerOf(Programme.findById(v.programmeId))) {
            throw new ForbiddenException();
        }
        return v;
    }

    /** The holder or the provider of the confirmed order. */
    private Voucher party(long voucherId) {
        Voucher v = vouchers.locked(voucherId);
        ServiceOrder o = v.orderId == null ? null : ServiceOrder.findById(v.orderId);
        if (!who.holds(v) && (o == null || !who.provides(o.providerOrgId))) {
            throw new ForbiddenException();
        }
        return v;
    }

    private VoucherView recorded(String action, Voucher v, VoucherView before) {
        em.flush();
        VoucherView after = VoucherView.of(v);
        audit.record(action, VoucherService.AUDIT_TYPE, v.id, before, after);
        return after;
    }
}
