package cn.techmarket.contract;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one event of a historical registration (from the national system) with the registration's own number and
 * dates: the contract as REGISTERED at its point, then its changes and cancellation, each appended to the amount
 * history (and announced) exactly as a registrar's own step would be. An importer may write only at its points.
 */
@ApplicationScoped
public class HistoricalRegistrations {
    @Inject
    ContractChecks checks;
    @Inject
    ContractAccess access;
    @Inject
    RegistrationPoints points;
    @Inject
    AmountHistory history;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;
    @Inject
    ReviewDates dates;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(HistoricalRow row) {
        record(row, user.isAdmin(), null);
    }

    /**
     * {@code anyPoint}: the caller may write at every point (an operator, or the demo loader); {@code owner}: the
     * registrant's organization on this platform, if known.
     */
    void record(HistoricalRow row, boolean anyPoint, Long owner) {
        String number = row.registrationNo().strip();
        TechContract existing = TechContract.find("registrationNo", number).firstResult();
        switch (row.event()) {
            case REGISTERED -> register(row, number, existing, anyPoint, owner);
            case CHANGED -> change(row, mustExist(existing, anyPoint));
            case CANCELLED -> cancel(row, mustExist(existing, anyPoint));
        }
    }

    private void register(HistoricalRow row, String number, TechContract existing, boolean anyPoint, Long owner) {
        if (existing != null) {
            throw new InvalidInputException("registrationNo", "{contract.import.registrationNo.taken}");
        }
        ContractForm form = row.contract();
        List<FieldError> errors = new ArrayList<>(checks.of(form));
        required(form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TechContract c = new TechContract();
        ContractService.apply(form, c);
        c.pointId = pointOf(row, c, anyPoint);
        c.ownerOrgId = owner;
        c.status = ContractStatus.REGISTERED;
        c.registrationNo = number;
        c.registeredOn = row.effectiveOn();
        c.submittedOn = row.effectiveOn();
        c.createdBy = user.isSignedIn() ? user.subject() : "system";
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.persistAndFlush();
        history.append(c, AmountRevision.Kind.REGISTERED, row.effectiveOn(), row.reason());
        audit.record("contract.imported", ContractService.AUDIT_TYPE, c.id, null, ContractView.from(c, dates.today()));
    }

    private void change(HistoricalRow row, TechContract c) {
        ContractView before = ContractView.from(c, dates.today());
        c.mustBeRegistered();
        BigDecimal nonTechnical = row.nonTechnicalAmount() == null ? BigDecimal.ZERO : row.nonTechnicalAmount();
        if (row.totalAmount() == null) {
            throw new InvalidInputException("totalAmount", "{contract.amount.required}");
        }
        if (row.totalAmount().signum() < 0 || nonTechnical.signum() < 0) {
            throw new InvalidInputException("totalAmount", "{contract.amount.negative}");
        }
        if (nonTechnical.compareTo(row.totalAmount()) > 0) {
            throw new InvalidInputException("nonTechnicalAmount", "{contract.costs.above-total}");
        }
        notBeforeLast(c, row);
        c.totalAmount = row.totalAmount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        c.replaceCostLines(nonTechnical.signum() == 0 ? List.of() : List.of(CostLine.of(CostKind.OTHER,
                "非技术性费用（导入）", nonTechnical.setScale(2, java.math.RoundingMode.UNNECESSARY))));
        c.updatedAt = OffsetDateTime.now();
        TechContract.flush();
        history.append(c, AmountRevision.Kind.CHANGED, row.effectiveOn(), row.reason());
        audit.record("contract.imported-change", ContractService.AUDIT_TYPE, c.id, before,
                ContractView.from(c, dates.today()));
    }

    private void cancel(HistoricalRow row, TechContract c) {
        ContractView before = ContractView.from(c, dates.today());
        notBeforeLast(c, row);
        c.cancel();
        c.updatedAt = OffsetDateTime.now();
        TechContract.flush();
        history.append(c, AmountRevision.Kind.CANCELLED, row.effectiveOn(), row.reason());
        audit.record("contract.imported-cancellation", ContractService.AUDIT_TYPE, c.id, before,
                ContractView.from(c, dates.today()));
    }

    private TechContract mustExist(TechContract c, boolean anyPoint) {
        if (c == null || !(anyPoint || access.coversCaller(c))) {
            throw new InvalidInputException("registrationNo", "{contract.import.registrationNo.unknown}");
        }
        return c;
    }

    /** The point named in the row, else the nearest one to the registrant; either must be one the importer covers. */
    private Long pointOf(HistoricalRow row, TechContract c, boolean anyPoint) {
        Long point = row.pointRegion() == null ? c.registrant().region == null ? null
                : points.nearest(c.registrant().region).orElse(null)
                : ((List<?>) em.createNativeQuery("select id from registration_point where region_code = ?1")
                        .setParameter(1, row.pointRegion().strip()).getResultList()).stream()
                        .map(id -> ((Number) id).longValue()).findFirst().orElse(null);
        if (point == null) {
            throw new InvalidInputException("pointRegion", "{contract.import.point.unknown}");
        }
        if (!anyPoint && !access.pointsOfCaller().contains(point)) {
            throw new InvalidInputException("pointRegion", "{contract.import.point.not-yours}");
        }
        return point;
    }

    private static void notBeforeLast(TechContract c, HistoricalRow row) {
        AmountRevision last = AmountRevision.latest(c.id);
        if (last != null && row.effectiveOn().isBefore(last.effectiveOn)) {
            throw new InvalidInputException("effectiveOn", "{contract.effectiveOn.before-last}");
        }
    }

    /** What Bean Validation checks on the API form, minus the owning organization (historic files have none). */
    private static void required(ContractForm f, List<FieldError> errors) {
        if (f.title() == null || f.title().isBlank()) {
            errors.add(new FieldError("title", "{contract.title.required}"));
        }
        if (f.subType() == null) {
            errors.add(new FieldError("subType", "{contract.subType.required}"));
        }
        for (var p : List.of(new Object[]{"seller", f.seller()}, new Object[]{"buyer", f.buyer()})) {
            ContractForm.PartyForm party = (ContractForm.PartyForm) p[1];
            if (party.name() == null || party.name().isBlank()) {
                errors.add(new FieldError(p[0] + ".name", "{contract.party.name.required}"));
            }
            if (party.subjectType() == null) {
                errors.add(new FieldError(p[0] + ".subjectType", "{contract.party.subjectType.required}"));
            }
        }
        if (f.signedOn() == null) {
            errors.add(new FieldError("signedOn", "{contract.signedOn.required}"));
        }
        if (f.technicalField() == null) {
            errors.add(new FieldError("technicalField", "{contract.technicalField.required}"));
        }
        if (f.ipType() == null) {
            errors.add(new FieldError("ipType", "{contract.ipType.required}"));
        }
        if (f.totalAmount() == null) {
            errors.add(new FieldError("totalAmount", "{contract.amount.required}"));
        }
    }
}
