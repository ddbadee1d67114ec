package cn.techmarket.contract;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.broker.DealRegistrations;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.org.CurrentUser;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The registrar's side: 补正, expert review, 予以登记 / 不予登记, 变更登记 and 注销登记, each within the registrar's
 * points. Every step that changes the registered amounts appends to the amount history and fires
 * {@link ContractRegistryChanged} in the same transaction.
 */
@ApplicationScoped
public class RegistrationService {
    @Inject
    ContractAccess access;
    @Inject
    ContractService contracts;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    ReviewDates dates;
    @Inject
    RegistrationPoints points;
    @Inject
    RegistrationNumbers numbers;
    @Inject
    AmountHistory history;
    @Inject
    DealRegistrations deals;

    /** The files at the caller's points still awaiting a decision, oldest deadline first. */
    public PageResult<ContractView> queue(PageQuery page) {
        List<Long> covered = access.pointsOfCaller();
        if (covered.isEmpty()) {
            return PageResult.of(List.<TechContract>of(), page, 0, contracts::view);
        }
        var query = TechContract.find("pointId in ?1 and status in ?2",
                Sort.ascending("deadlineOn").and("id"), covered,
                List.of(ContractStatus.SUBMITTED, ContractStatus.SUPPLEMENT_REQUESTED, ContractStatus.EXPERT_REVIEW));
        return PageResult.of(query.page(Page.of(page.index(), page.size())).<TechContract>list(), page, query.count(),
                contracts::view);
    }

    @Transactional
    public ContractView requestSupplement(long id, ReviewForm form) {
        return step(id, "contract.supplement-requested", c -> c.requestSupplement(form.reason().strip()));
    }

    @Transactional
    public ContractView startExpertReview(long id) {
        return step(id, "contract.expert-review", TechContract::startExpertReview);
    }

    @Transactional
    public ContractView refuse(long id, ReviewForm form) {
        return step(id, "contract.refused", c -> c.refuse(form.reason().strip()));
    }

    /** 予以登记: the next number of the point and year, revision 0 of the amounts, and the deal (if any) 已登记. */
    @Transactional
    public ContractView register(long id) {
        TechContract c = access.forRegistrar(id);
        LocalDate today = dates.today();
        return step(c, "contract.registered", x -> {
            x.register(numbers.next(x.pointId, points.regionOf(x.pointId), today.getYear()), today);
            TechContract.flush();
            history.append(x, AmountRevision.Kind.REGISTERED, today, null);
            if (x.dealId != null) {
                deals.registered(x.dealId, x.registrationNo);
            }
        });
    }

    /** 变更登记: the new amounts count from their effective date; the old ones stay in the history. */
    @Transactional
    public ContractView amend(long id, AmendmentForm form) {
        TechContract c = access.forRegistrar(id);
        c.mustBeRegistered();
        List<FieldError> errors = new ArrayList<>(amountErrors(form));
        effectiveDateErrors(c, form.effectiveOn(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return step(c, "contract.changed", x -> {
            x.totalAmount = ContractService.scaled(form.totalAmount());
            x.replaceCostLines(form.lines().stream().map(l -> CostLine.of(l.kind(), l.description().strip(),
                    ContractService.scaled(l.amount()))).toList());
            TechContract.flush();
            history.append(x, AmountRevision.Kind.CHANGED, form.effectiveOn(), form.reason().strip());
        });
    }

    /** 注销登记: from its effective date the contract counts zero; its registration number stays taken. */
    @Transactional
    public ContractView cancel(long id, ReviewForm form) {
        TechContract c = access.forRegistrar(id);
        c.mustBeRegistered();
        LocalDate effective = form.effectiveOn() == null ? dates.today() : form.effectiveOn();
        List<FieldError> errors = new ArrayList<>();
        effectiveDateErrors(c, effective, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return step(c, "contract.cancelled", x -> {
            x.cancel();
            TechContract.flush();
            history.append(x, AmountRevision.Kind.CANCELLED, effective, form.reason().strip());
        });
    }

    private ContractView step(long id, String action, Consumer<TechContract> change) {
        return step(access.forRegistrar(id), action, change);
    }

    private ContractView step(TechContract c, String action, Consumer<TechContract> change) {
        ContractView before = contracts.view(c);
        change.accept(c);
        c.updatedAt = OffsetDateTime.now();
        TechContract.flush();
        ContractView after = contracts.view(c);
        audit.record(action, ContractService.AUDIT_TYPE, c.id, before, after);
        return after;
    }

    private void effectiveDateErrors(TechContract c, LocalDate effective, List<FieldError> errors) {
        if (effective == null || c.registeredOn == null) {
            return;
        }
        AmountRevision last = AmountRevision.latest(c.id);
        if (effective.isBefore(c.registeredOn) || (last != null && effective.isBefore(last.effectiveOn))) {
            errors.add(new FieldError("effectiveOn", "{contract.effectiveOn.before-last}"));
        }
    }

    private static List<FieldError> amountErrors(AmendmentForm form) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal costs = BigDecimal.ZERO;
        for (int i = 0; i < form.lines().size(); i++) {
            BigDecimal a = form.lines().get(i).amount();
            if (a.signum() < 0 || a.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError("costLines[" + i + "].amount", "{contract.amount.negative}"));
            } else {
                costs = costs.add(a);
            }
        }
        if (form.totalAmount().signum() < 0 || form.totalAmount().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("totalAmount", "{contract.amount.negative}"));
        } else if (costs.compareTo(form.totalAmount()) > 0) {
            errors.add(new FieldError("costLines", "{contract.costs.above-total}"));
        }
        return errors;
    }
}
