package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.org.Designation;
import cn.techmarket.org.Organization;
import cn.techmarket.org.OrganizationType;
import cn.techmarket.reference.Regions;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Programmes: created by their issuer (a bureau of the issuing government body) or the operator; every change is a version. */
@ApplicationScoped
public class ProgrammeService {
    static final String STARTUP_TEAM = "STARTUP_TEAM";
    @Inject
    Jurisdiction who;
    @Inject
    Regions regions;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @Transactional
    public ProgrammeView create(ProgrammeForm form) {
        Organization issuer = Organization.findById(form.issuerOrgId());
        List<FieldError> errors = new ArrayList<>();
        if (issuer == null || issuer.type != OrganizationType.GOVERNMENT) {
            errors.add(new FieldError("issuerOrgId", "{voucher.issuer.not-government}"));
        } else if (!who.admin() && !who.governments().contains(issuer.id)) {
            throw new ForbiddenException();
        }
        if (!issuerRegionValid(form.issuerKind(), form.issuerRegion())) {
            errors.add(new FieldError("issuerRegion", "{region.unknown}"));
        }
        if (Programme.count("code", form.code()) > 0) {
            errors.add(new FieldError("code", "{voucher.programme.code-taken}"));
        }
        errors.addAll(check(form.issuerKind(), form.terms()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Programme p = new Programme();
        p.code = form.code();
        p.issuerKind = form.issuerKind();
        p.issuerOrgId = form.issuerOrgId();
        p.issuerRegion = form.issuerRegion();
        p.year = form.year();
        p.budget = form.terms().budget();
        p.currentVersion = 1;
        p.createdAt = OffsetDateTime.now();
        p.persist();
        ProgrammeVersion v = version(p.id, 1, form.terms());
        em.flush();
        em.refresh(p);
        ProgrammeView view = ProgrammeView.of(p, v);
        audit.record("voucher-programme.created", "voucher-programme", p.id, null, view);
        return view;
    }

    /** A change: a new version from now on; vouchers already issued keep theirs. The budget never drops below use. */
    @Transactional
    public ProgrammeView change(long id, ProgrammeTerms terms) {
        Programme p = issuedBy(id);
        ProgrammeView before = ProgrammeView.of(p, p.current());
        List<FieldError> errors = check(p.issuerKind, terms);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int rows = em.createNativeQuery("""
                update voucher_programme set budget = ?2, current_version = current_version + 1
                where id = ?1 and committed + paid <= ?2""")
                .setParameter(1, id).setParameter(2, terms.budget()).executeUpdate();
        if (rows == 0) {
            throw new RuleViolation("budget-below-use", "the budget cannot drop below what is issued and paid");
        }
        em.refresh(p);
        ProgrammeVersion v = version(id, p.currentVersion, terms);
        ProgrammeView view = ProgrammeView.of(p, v);
        audit.record("voucher-programme.changed", "voucher-programme", id, before, view);
        return view;
    }

    public List<ProgrammeView> list() {
        return Programme.<Programme>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(p -> ProgrammeView.of(p, p.current())).toList();
    }

    public ProgrammeView get(long id) {
        Programme p = Programme.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        return ProgrammeView.of(p, p.current());
    }

    public ProgrammeTerms version(long id, int version) {
        ProgrammeVersion v = ProgrammeVersion.of(id, version);
        if (v == null) {
            throw new NotFoundException();
        }
        return ProgrammeTerms.of(v);
    }

    Programme issuedBy(long id) {
        Programme p = Programme.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        if (!who.issuerOf(p)) {
            throw new ForbiddenException();
        }
        return p;
    }

    private ProgrammeVersion version(long programmeId, int number, ProgrammeTerms terms) {
        ProgrammeVersion v = new ProgrammeVersion();
        v.programmeId = programmeId;
        v.version = number;
        terms.applyTo(v);
        v.createdAt = OffsetDateTime.now();
        v.createdBy = who.subject();
        v.persist();
        return v;
    }

    private boolean issuerRegionValid(IssuerKind kind, String region) {
        return switch (kind) {
            case PROVINCE -> region.matches("\\d{2}0000") && regions.exists(region);
            case CITY -> region.matches("\\d{4}00") && !region.endsWith("0000") && regions.exists(region);
            case POOL -> !regions.codesIn(region).isEmpty();
        };
    }

    private List<FieldError> check(IssuerKind kind, ProgrammeTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        List<String> holders = Arrays.stream(Designation.values()).map(Enum::name).toList();
        for (int i = 0; i < terms.eligibleHolders().size(); i++) {
            String h = terms.eligibleHolders().get(i);
            if (!holders.contains(h) && !STARTUP_TEAM.equals(h)) {
                errors.add(new FieldError("terms.eligibleHolders[" + i + "]", "{voucher.holder.unknown}"));
            }
        }
        for (int i = 0; i < terms.acceptedCities().size(); i++) {
            if (!regions.exists(terms.acceptedCities().get(i))) {
                errors.add(new FieldError("terms.acceptedCities[" + i + "]", "{region.unknown}"));
            }
        }
        if (terms.categories().stream().map(CategoryRule::category).distinct().count() != terms.categories().size()) {
            errors.add(new FieldError("terms.categories", "{voucher.category.duplicate}"));
        }
        List<PoolShare> shares = terms.poolShares() == null ? List.of() : terms.poolShares();
        BigDecimal total = shares.stream().map(PoolShare::ratio).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (kind == IssuerKind.POOL ? total.compareTo(BigDecimal.ONE) != 0 : !shares.isEmpty()) {
            errors.add(new FieldError("terms.poolShares", "{voucher.pool.shares}"));
        }
        if (terms.faceValueMax().compareTo(terms.capPerHolder()) > 0) {
            errors.add(new FieldError("terms.faceValueMax", "{voucher.face.over-cap}"));
        }
        return errors;
    }
}
