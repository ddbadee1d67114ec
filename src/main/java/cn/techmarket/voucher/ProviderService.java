package cn.techmarket.voucher;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.org.Organization;
import cn.techmarket.reference.Regions;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider registry: an organization's administrator with the provider role registers it; the bureau of its city
 * (or the operator) accepts or suspends it; its members keep its catalogue.
 */
@ApplicationScoped
public class ProviderService {
    @Inject
    Jurisdiction who;
    @Inject
    CurrentUser user;
    @Inject
    Regions regions;
    @Inject
    AuditTrail audit;

    @Transactional
    public ProviderView register(long orgId, ProviderForms.Registration form) {
        Organization org = Organization.findById(orgId);
        if (org == null || !who.orgs().contains(orgId) && !who.admin()) {
            throw new NotFoundException();
        }
        if (!user.hasRole("provider") && !who.admin() || !user.administers(orgId)) {
            throw new ForbiddenException();
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.citiesServed().size(); i++) {
            if (!regions.exists(form.citiesServed().get(i))) {
                errors.add(new FieldError("citiesServed[" + i + "]", "{region.unknown}"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Provider p = Provider.findById(orgId);
        ProviderView before = p == null ? null : view(p);
        if (p == null) {
            p = new Provider();
            p.organizationId = orgId;
            p.status = Provider.Status.PENDING;
            p.createdAt = OffsetDateTime.now();
        }
        p.citiesServed = List.copyOf(form.citiesServed());
        p.note = form.note();
        p.persist();
        ProviderView after = view(p);
        audit.record(before == null ? "voucher-provider.registered" : "voucher-provider.changed", "voucher-provider",
                orgId, before, after);
        return after;
    }

    @Transactional
    public ProviderView decide(long orgId, ProviderForms.Decision form) {
        Provider p = found(orgId);
        Organization org = Organization.findById(orgId);
        if (!who.admin() && !who.cityBureauOf(Cities.cityOf(org.regionCode))) {
            throw new ForbiddenException();
        }
        if (form.status() == Provider.Status.PENDING) {
            throw new RuleViolation("provider-decision-invalid", "a decision accepts or suspends");
        }
        ProviderView before = view(p);
        p.status = form.status();
        p.note = form.note();
        p.decidedBy = who.subject();
        p.decidedAt = OffsetDateTime.now();
        ProviderView after = view(p);
        audit.record("voucher-provider." + form.status().name().toLowerCase(), "voucher-provider", orgId, before, after);
        return after;
    }

    @Transactional
    public ProviderView.ServiceView offer(long orgId, ProviderForms.Service form) {
        Provider p = found(orgId);
        if (!who.provides(orgId) && !who.admin()) {
            throw new ForbiddenException();
        }
        CatalogueService s = new CatalogueService();
        s.providerOrgId = p.organizationId;
        s.category = form.category();
        s.nameZh = form.nameZh();
        s.price = form.price();
        s.createdAt = OffsetDateTime.now();
        s.persist();
        ProviderView.ServiceView view = ProviderView.ServiceView.of(s);
        audit.record("voucher-service.offered", "voucher-provider", orgId, null, view);
        return view;
    }

    public List<ProviderView> accepted() {
        return Provider.<Provider>list("status", Provider.Status.ACCEPTED).stream().map(this::view).toList();
    }

    /** The registrations of these organizations (those registered), from three batch reads. */
    public java.util.Map<Long, ProviderView> of(List<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return java.util.Map.of();
        }
        return views(Provider.list("organizationId in ?1", orgIds)).stream()
                .collect(java.util.stream.Collectors.toMap(ProviderView::organizationId, v -> v));
    }

    /** The providers the caller may accept or suspend: those of its bureau's cities; the operator's, all. */
    public List<ProviderView> decidable() {
        List<ProviderView> all = views(Provider.list("order by createdAt desc"));
        return who.admin() ? all : all.stream().filter(v -> who.bureauCities().contains(v.city())).toList();
    }

    private List<ProviderView> views(List<Provider> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(p -> p.organizationId).toList();
        java.util.Map<Long, Organization> orgs = Organization.<Organization>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
        java.util.Map<Long, List<ProviderView.ServiceView>> services = CatalogueService.<CatalogueService>list(
                        "providerOrgId in ?1 order by id", ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.providerOrgId,
                        java.util.stream.Collectors.mapping(ProviderView.ServiceView::of, java.util.stream.Collectors.toList())));
        return list.stream().map(p -> {
            Organization org = orgs.get(p.organizationId);
            return new ProviderView(p.organizationId, org.nameZh, Cities.cityOf(org.regionCode), p.status,
                    p.citiesServed, p.note, services.getOrDefault(p.organizationId, List.of()));
        }).toList();
    }

    public ProviderView get(long orgId) {
        return view(found(orgId));
    }

    private Provider found(long orgId) {
        Provider p = Provider.findById(orgId);
        if (p == null) {
            throw new NotFoundException();
        }
        return p;
    }

    ProviderView view(Provider p) {
        return views(List.of(p)).get(0);
    }
}
