package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.org.Organization;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Application, issue or refusal, pledge and void. Orders and redemption: {@link OrderService}, {@link RedemptionService}. */
@ApplicationScoped
public class VoucherService {
    static final String AUDIT_TYPE = "voucher";
    @Inject
    Jurisdiction who;
    @Inject
    Vouchers vouchers;
    @Inject
    Ledger ledger;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public VoucherView apply(VoucherForms.Application form) {
        Programme programme = Programme.findById(form.programmeId());
        if (programme == null) {
            throw new InvalidInputException("programmeId", "{voucher.programme.unknown}");
        }
        ProgrammeVersion terms = programme.current();
        Set<String> pool = programme.issuerKind == IssuerKind.POOL ? Cities.ofGroup(em, programme.issuerRegion) : Set.of();
        Eligibility rules = new Eligibility(programme, terms, pool, LocalDate.now(clock).getYear());
        Voucher v = new Voucher();
        List<String> reasons;
        if ((form.holderOrgId() == null) == (form.teamId() == null)) {
            throw new InvalidInputException("holderOrgId", "{voucher.holder.one}");
        } else if (form.holderOrgId() != null) {
            Organization org = Organization.findById(form.holderOrgId());
            if (org == null || !who.orgs().contains(org.id)) {
                throw new InvalidInputException("holderOrgId", "{voucher.holder.not-yours}");
            }
            v.holderOrgId = org.id;
            v.holderKey = "org:" + org.id;
            v.holderCity = Cities.cityOf(org.regionCode);
            reasons = rules.ofOrganization(org, ledger.used(v.holderKey, programme.year), form.amount());
        } else {
            Team team = Team.findById(form.teamId());
            if (team == null || !team.leaderSubject.equals(who.subject())) {
                throw new InvalidInputException("teamId", "{voucher.holder.not-yours}");
            }
            v.holderTeamId = team.id;
            v.holderKey = "team:" + team.id;
            v.holderCity = Cities.cityOf(team.regionCode);
            reasons = rules.ofTeam(team, ledger.used(v.holderKey, programme.year), form.amount());
        }
        v.programmeId = programme.id;
        v.versionId = terms.id;
        v.year = programme.year;
        v.requested = form.amount();
        v.status = VoucherStatus.APPLIED;
        v.appliedAt = OffsetDateTime.now(clock);
        v.appliedBy = who.subject();
        v.updatedAt = v.appliedAt;
        v.persist();
        audit.record("voucher.applied", AUDIT_TYPE, v.id, null, VoucherView.of(v));
        if (!reasons.isEmpty()) {
            refuse(v, reasons);
        } else if (terms.issuing == Issuing.FCFS) {
            issue(v, terms);
        }
        return VoucherView.of(v);
    }

    /** The issuer's decision on an application of a review-based programme. */
    @Transactional
    public VoucherView decide(long id, VoucherForms.Decision decision) {
        Voucher v = vouchers.locked(id);
        if (!who.issuerOf(Programme.findById(v.programmeId))) {
            throw new ForbiddenException();
        }
        if (v.status != VoucherStatus.APPLIED) {
            throw new RuleViolation("voucher-invalid-transition", "only an application is decided");
        }
        if (decision.rejected()) {
            refuse(v, reasonsRequired(decision.reasons()));
        } else {
            issue(v, v.terms());
        }
        return VoucherView.of(v);
    }

    @Transactional
    public VoucherView pledge(long id, VoucherForms.Pledge form) {
        Voucher v = held(id);
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.PLEDGED);
        v.lender = form.lender();
        return recorded("voucher.pledged", v, before);
    }

    @Transactional
    public VoucherView releasePledge(long id) {
        Voucher v = held(id);
        if (v.status != VoucherStatus.PLEDGED) {
            throw new RuleViolation("voucher-invalid-transition", "not pledged");
        }
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.ISSUED);
        v.lender = null;
        return recorded("voucher.pledge-released", v, before);
    }

    /** The issuer voids a voucher (or a holder gives its unused one back): what it held goes back. */
    @Transactional
    public VoucherView voidIt(long id, VoucherForms.Void form) {
        Voucher v = vouchers.locked(id);
        boolean holderGivesBack = who.holds(v) && v.status == VoucherStatus.ISSUED;
        if (!holderGivesBack && !who.issuerOf(Programme.findById(v.programmeId))) {
            throw new ForbiddenException();
        }
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.VOID);
        vouchers.release(v);
        v.reasons = List.copyOf(form.reasons());
        return recorded("voucher.voided", v, before);
    }

    public VoucherView get(long id) {
        return VoucherView.of(vouchers.read(id));
    }

    /** What the caller may see, newest first: its own, its orders', its city's and its programmes'. */
    public List<VoucherView> visible(VoucherStatus status, int limit) {
        List<Voucher> candidates = scoped(status, limit);
        return candidates.stream().filter(vouchers::visible).map(VoucherView::of).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Voucher> scoped(VoucherStatus status, int limit) {
        List<Long> ids = em.createNativeQuery("""
                select v.id from voucher v join voucher_programme p on p.id = v.programme_id
                where (?7 or v.holder_org_id = any(?1) or p.issuer_org_id = any(?2) or v.holder_city = any(?3)
                   or v.holder_team_id in (select id from voucher_team where leader_subject = ?4)
                   or exists (select 1 from voucher_order o where o.voucher_id = v.id and o.provider_org_id = any(?1)))
                  and (?5 = '' or v.status = ?5)
                order by v.id desc limit ?6""", Long.class)
                .setParameter(1, who.orgs().toArray(Long[]::new)).setParameter(2, who.governments().toArray(Long[]::new))
                .setParameter(3, who.bureauCities().toArray(String[]::new)).setParameter(4, who.subject())
                .setParameter(5, status == null ? "" : status.name()).setParameter(6, limit)
                .setParameter(7, who.admin()).getResultList();
        return ids.isEmpty() ? List.of() : Voucher.list("id in ?1 order by id desc", ids);
    }

    @Transactional
    public Map<String, Object> team(VoucherForms.Team form) {
        Team t = new Team();
        t.nameZh = form.nameZh();
        t.regionCode = form.regionCode();
        t.leaderSubject = who.subject();
        t.createdAt = OffsetDateTime.now(clock);
        t.persist();
        Map<String, Object> view = Map.of("id", t.id, "nameZh", t.nameZh, "regionCode", t.regionCode);
        audit.record("voucher-team.created", "voucher-team", t.id, null, view);
        return view;
    }

    private Voucher held(long id) {
        Voucher v = vouchers.locked(id);
        if (!who.holds(v)) {
            throw new ForbiddenException();
        }
        return v;
    }

    private void issue(Voucher v, ProgrammeVersion terms) {
        VoucherView before = VoucherView.of(v);
        v.faceValue = v.requested;
        if (terms.mode == ProgrammeMode.ADVANCE) {
            ledger.commit(v.programmeId, v.faceValue);
        }
        v.moveTo(VoucherStatus.ISSUED);
        v.issuedAt = OffsetDateTime.now(clock);
        v.expiresAt = v.issuedAt.plusDays(terms.validityDays);
        recorded("voucher.issued", v, before);
    }

    private void refuse(Voucher v, List<String> reasons) {
        VoucherView before = VoucherView.of(v);
        v.moveTo(VoucherStatus.REFUSED);
        v.reasons = List.copyOf(reasons);
        recorded("voucher.refused", v, before);
    }

    static List<String> reasonsRequired(List<String> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            throw new InvalidInputException("reasons", "{voucher.reasons.required}");
        }
        return reasons;
    }

    private VoucherView recorded(String action, Voucher v, VoucherView before) {
        em.flush();
        VoucherView after = VoucherView.of(v);
        audit.record(action, AUDIT_TYPE, v.id, before, after);
        return after;
    }
}
