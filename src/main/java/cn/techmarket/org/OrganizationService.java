package cn.techmarket.org;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.StaleVersionException;
import cn.techmarket.reference.Regions;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Use cases on organizations. Every write is audited in its own transaction. */
@ApplicationScoped
public class OrganizationService {
    static final String AUDIT_TYPE = "organization";
    @Inject
    CurrentUser user;
    @Inject
    Regions regions;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public PageResult<OrganizationView> list(OrganizationFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q != null && !filter.q.isBlank()) {
            where.add("(lower(nameZh) like :q or lower(nameEn) like :q or creditCode = :code)");
            params.and("q", "%" + filter.q.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
                    .and("code", filter.q.strip().toUpperCase());
        }
        if (filter.type != null) {
            where.add("type = :type");
            params.and("type", filter.type);
        }
        if (filter.region != null) {
            where.add("regionCode in :regions");
            params.and("regions", regionCodes(filter.region));
        }
        Verification shown = user.isAdmin() ? filter.verification : Verification.VERIFIED;
        if (shown != null) {
            where.add("verification = :verification");
            params.and("verification", shown);
        }
        var query = Organization.<Organization>find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.by("nameZh").and("id"), params);
        return PageResult.of(query.page(Page.of(page.index(), page.size())).list(), page, query.count(),
                OrganizationView::from);
    }

    /** Verified organizations are public; others only for their members and the operators. */
    public Organization visible(long id) {
        Organization org = Organization.findById(id);
        if (org == null || (org.verification != Verification.VERIFIED && !user.belongsTo(id))) {
            throw new NotFoundException();
        }
        return org;
    }

    @Transactional
    public OrganizationView create(@Valid OrganizationForm input) {
        OrganizationForm form = input.normalized();
        check(form, null);
        Organization org = new Organization();
        org.createdAt = OffsetDateTime.now(clock);
        org.apply(form, OffsetDateTime.now(clock));
        org.persist();
        Membership founder = new Membership();
        founder.user = user.profile();
        founder.organization = org;
        founder.role = MemberRole.ORG_ADMIN;
        founder.createdAt = org.createdAt;
        founder.persist();
        Organization.flush();
        OrganizationView view = OrganizationView.from(org);
        audit.record("organization.created", AUDIT_TYPE, org.id, null, view);
        return view;
    }

    @Transactional
    public OrganizationView update(long id, @Valid OrganizationForm input) {
        OrganizationForm form = input.normalized();
        Organization org = administered(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", "{version.required}");
        }
        if (form.version() != org.version) {
            throw new StaleVersionException(AUDIT_TYPE, id, form.version(), org.version);
        }
        check(form, id);
        OrganizationView before = OrganizationView.from(org);
        org.apply(form, OffsetDateTime.now(clock));
        Organization.flush();
        OrganizationView after = OrganizationView.from(org);
        audit.record("organization.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public OrganizationView decide(long id, Verification decision, String note, Long version) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
        Organization org = Organization.findById(id);
        if (org == null) {
            throw new NotFoundException();
        }
        if (version != null && version != org.version) {
            throw new StaleVersionException(AUDIT_TYPE, id, version, org.version);
        }
        OrganizationView before = OrganizationView.from(org);
        org.decide(decision, note == null ? null : note.strip(), user.subject(), OffsetDateTime.now(clock));
        Organization.flush();
        OrganizationView after = OrganizationView.from(org);
        audit.record("organization." + decision.name().toLowerCase(), AUDIT_TYPE, id, before, after);
        return after;
    }

    /** The organization, if the caller may change it; 404 when it may not even see it, 403 when it may only look. */
    Organization administered(long id) {
        Organization org = visible(id);
        if (!user.administers(id)) {
            throw new ForbiddenException();
        }
        return org;
    }

    private void check(OrganizationForm form, Long id) {
        List<FieldError> errors = new ArrayList<>();
        if (!regions.exists(form.regionCode())) {
            errors.add(new FieldError("regionCode", "{region.unknown}"));
        }
        if (Organization.creditCodeTaken(form.creditCode(), id)) {
            errors.add(new FieldError("creditCode", "{creditCode.taken}"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private List<String> regionCodes(String regionOrGroup) {
        List<String> codes = regionOrGroup.matches("\\d{6}") ? regions.codesUnder(regionOrGroup)
                : regions.codesIn(regionOrGroup);
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
