package cn.techmarket.contract;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Membership;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The registrant's side: drafting, editing and submitting a contract for registration. */
@ApplicationScoped
public class ContractService {
    static final String AUDIT_TYPE = "tech_contract";
    @Inject
    ContractChecks checks;
    @Inject
    ContractAccess access;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    ReviewDates dates;
    @Inject
    OfficialCalendar calendar;
    @Inject
    RegistrationPoints points;

    @Transactional
    public ContractView create(ContractForm form) {
        List<FieldError> errors = checks.of(form);
        if (!user.isMemberOf(form.ownerOrgId())) {
            errors = new ArrayList<>(errors);
            errors.add(new FieldError("ownerOrgId", "{contract.ownerOrg.not-member}"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TechContract c = new TechContract();
        apply(form, c);
        c.ownerOrgId = form.ownerOrgId();
        c.createdBy = user.subject();
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.persistAndFlush();
        ContractView after = view(c);
        audit.record("contract.drafted", AUDIT_TYPE, c.id, null, after);
        return after;
    }

    @Transactional
    public ContractView update(long id, ContractForm form) {
        TechContract c = access.forRegistrant(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", "{version.required}");
        }
        if (form.version() != c.version) {
            throw new StaleVersionException("contract", id, form.version(), c.version);
        }
        c.mustBeEditable();
        List<FieldError> errors = checks.of(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ContractView before = view(c);
        apply(form, c);
        c.updatedAt = OffsetDateTime.now();
        TechContract.flush();
        ContractView after = view(c);
        audit.record("contract.edited", AUDIT_TYPE, c.id, before, after);
        return after;
    }

    /** Sends the file to the registration point of its registrant's region; the review clock starts today. */
    @Transactional
    public ContractView submit(long id) {
        TechContract c = access.forRegistrant(id);
        c.mustBeEditable();
        if (!ContractDocument.has(c.id, DocumentKind.CONTRACT_TEXT)) {
            throw new RuleViolation("contract-text-missing", "attach the contract text before submitting");
        }
        if (c.contractClass.needsIpProof() && !ContractDocument.has(c.id, DocumentKind.IP_PROOF)) {
            throw new RuleViolation("contract-ip-proof-missing", "a transfer or licence needs proof of the IP");
        }
        if (c.contractClass == ContractClass.TRANSFER && (c.expectedInvestment == null || c.expectedOutput == null)) {
            throw new InvalidInputException(List.of(
                    new FieldError("expectedInvestment", "{contract.transfer.expected.required}"),
                    new FieldError("expectedOutput", "{contract.transfer.expected.required}")));
        }
        Party registrant = c.registrant();
        Long point = registrant.region == null ? null : points.nearest(registrant.region).orElse(null);
        if (point == null) {
            throw new RuleViolation("contract-no-registration-point", "no registration point covers " + registrant.region);
        }
        ContractView before = view(c);
        var today = dates.today();
        c.submit(point, today, calendar.addWorkingDays(today, c.reviewDays()));
        c.updatedAt = OffsetDateTime.now();
        TechContract.flush();
        ContractView after = view(c);
        audit.record("contract.submitted", AUDIT_TYPE, c.id, before, after);
        return after;
    }

    public ContractView view(long id) {
        return view(access.visible(id));
    }

    /** The contracts of the caller's organizations, newest first. */
    public PageResult<ContractView> mine(ContractStatus status, PageQuery page) {
        List<Long> orgs = user.isSignedIn()
                ? Membership.ofUser(user.profile()).stream().map(m -> m.organization.id).toList() : List.<Long>of();
        if (orgs.isEmpty()) {
            return PageResult.of(List.<TechContract>of(), page, 0, this::view);
        }
        var query = status == null
                ? TechContract.find("ownerOrgId in ?1", Sort.descending("id"), orgs)
                : TechContract.find("ownerOrgId in ?1 and status = ?2", Sort.descending("id"), orgs, status);
        return PageResult.of(query.page(Page.of(page.index(), page.size())).<TechContract>list(), page, query.count(), this::view);
    }

    ContractView view(TechContract c) {
        return ContractView.from(c, dates.today());
    }

    static void apply(ContractForm form, TechContract c) {
        c.title = form.title().strip();
        c.subType = form.subType();
        c.contractClass = form.subType().contractClass;
        party(form.seller(), c.seller);
        party(form.buyer(), c.buyer);
        c.signedOn = form.signedOn();
        c.termFrom = form.termFrom();
        c.termTo = form.termTo();
        c.technicalField = form.technicalField();
        c.ipType = form.ipType();
        c.planCategory = form.planCategory() == null ? PlanCategory.NONE : form.planCategory();
        c.tradeFlag = form.tradeFlag() == null ? TradeFlag.DOMESTIC : form.tradeFlag();
        c.expectedInvestment = scaled(form.expectedInvestment());
        c.expectedOutput = scaled(form.expectedOutput());
        c.totalAmount = scaled(form.totalAmount());
        c.replaceCostLines(form.lines().stream()
                .map(l -> CostLine.of(l.kind(), l.description().strip(), scaled(l.amount()))).toList());
    }

    private static void party(ContractForm.PartyForm form, Party p) {
        p.name = form.name().strip();
        p.country = form.countryOrChina();
        boolean domestic = p.domestic();
        // a foreign party has no 统一社会信用代码
        p.creditCode = domestic ? form.creditCode().strip() : null;
        p.region = domestic ? form.region().strip() : null;
        p.subjectType = form.subjectType();
    }

    static java.math.BigDecimal scaled(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
