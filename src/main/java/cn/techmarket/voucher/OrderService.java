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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Service orders: the holder proposes one to an accepted provider of a category the programme pays; the provider
 * confirms the scope and the fee, and that confirmation reserves the subsidy
 * min(ratio × fee, the voucher's value, the holder's remaining cap for the year).
 */
@ApplicationScoped
public class OrderService {
    @Inject
    Jurisdiction who;
    @Inject
    Vouchers vouchers;
    @Inject
    Ledger ledger;
    @Inject
    Affiliation affiliation;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;

    @Transactional
    public VoucherView.OrderView place(long voucherId, VoucherForms.Order form) {
        Voucher v = vouchers.read(voucherId);
        if (!who.holds(v)) {
            throw new ForbiddenException();
        }
        if (v.status != VoucherStatus.ISSUED) {
            throw new RuleViolation("voucher-not-available", "only an issued voucher takes an order");
        }
        CatalogueService service = CatalogueService.findById(form.serviceId());
        if (service == null || !service.active) {
            throw new InvalidInputException("serviceId", "{voucher.service.unknown}");
        }
        Provider provider = Provider.findById(service.providerOrgId);
        Organization providerOrg = Organization.findById(service.providerOrgId);
        String providerCity = Cities.cityOf(providerOrg.regionCode);
        ProgrammeVersion terms = v.terms();
        checkProvider(provider, providerCity, v, terms, service.category);
        checkAffiliation(providerOrg, v);
        checkContract(form);
        ServiceOrder o = new ServiceOrder();
        o.voucherId = v.id;
        o.providerOrgId = providerOrg.id;
        o.providerCity = providerCity;
        o.serviceId = service.id;
        o.category = service.category;
        o.scope = form.scope();
        o.persons = form.persons() == null ? 1 : form.persons();
        o.fee = service.price;
        o.status = ServiceOrder.Status.PROPOSED;
        o.contractKind = form.contractKind();
        o.contractRefId = form.contractRefId();
        o.createdAt = OffsetDateTime.now();
        o.createdBy = who.subject();
        o.persist();
        VoucherView.OrderView view = VoucherView.OrderView.of(o);
        audit.record("voucher.order-proposed", VoucherService.AUDIT_TYPE, v.id, null, view);
        return view;
    }

    /**
     * The contested step: of all confirmations racing for one voucher, exactly one reserves it; the rest get 409. The
     * reservation is the request's only statement for a loser (which learns from it whether it was a 404 or a 409);
     * only the winner loads the voucher, checks the rules and writes the audit line (a failed check rolls the
     * reservation back).
     */
    @Transactional
    public VoucherView confirm(long orderId, VoucherForms.Confirmation form) {
        if (!who.admin() && !who.providerRole()) {
            throw new NotFoundException();
        }
        Ledger.Reservation r = ledger.reserve(orderId, who.subject(), who.admin()).orElseThrow(NotFoundException::new);
        if (r.voucherId() == null) {
            throw new RuleViolation("voucher-not-available", "order " + orderId + " is " + r.orderStatus()
                    + " or its voucher is taken, spent or expired");
        }
        long voucherId = r.voucherId();
        ServiceOrder o = ServiceOrder.findById(orderId);
        Voucher v = Voucher.findById(voucherId);
        ProgrammeVersion terms = v.terms();
        Provider provider = Provider.findById(o.providerOrgId);
        checkProvider(provider, o.providerCity, v, terms, o.category);
        checkAffiliation(Organization.findById(o.providerOrgId), v);
        BigDecimal used = ledger.lockUse(v.holderKey, v.year);
        BigDecimal subsidy = terms.subsidyFor(o.category, form.fee(), o.persons).min(v.faceValue)
                .min(terms.capPerHolder.subtract(used));
        if (subsidy.signum() <= 0) {
            throw new RuleViolation("holder-cap-reached", "the holder's cap for " + v.year + " is used up");
        }
        ledger.addUse(v.holderKey, v.year, subsidy);
        if (terms.mode == ProgrammeMode.POST_SUBSIDY) {
            ledger.commit(v.programmeId, subsidy);
        }
        v.reserved = subsidy;
        o.fee = form.fee();
        o.scope = form.scope();
        o.subsidy = subsidy;
        o.status = ServiceOrder.Status.CONFIRMED;
        o.confirmedAt = OffsetDateTime.now();
        ServiceOrder.update("status = ?1 where voucherId = ?2 and status = ?3 and id <> ?4", ServiceOrder.Status.CANCELLED,
                v.id, ServiceOrder.Status.PROPOSED, o.id);
        em.flush();
        VoucherView after = VoucherView.of(v);
        audit.record("voucher.reserved", VoucherService.AUDIT_TYPE, v.id, Map.of("status", "ISSUED"), after);
        return after;
    }

    /** A catalogue service the holder of a voucher may order: its provider is accepted and serves the holder's city. */
    public record Offer(long serviceId, long providerOrgId, String provider, String providerCity,
                        ServiceCategory category, String nameZh, BigDecimal price) {
    }

    /**
     * What the voucher's holder may order, from batch reads (providers, their services and organizations): the
     * provider accepted, of a city the programme accepts, serving the holder's city, in a category it pays.
     */
    public List<Offer> offers(long voucherId) {
        Voucher v = vouchers.read(voucherId);
        ProgrammeVersion terms = v.terms();
        Map<Long, Provider> providers = Provider.<Provider>list("status", Provider.Status.ACCEPTED).stream()
                .filter(p -> p.citiesServed.contains(v.holderCity))
                .collect(java.util.stream.Collectors.toMap(p -> p.organizationId, p -> p));
        if (providers.isEmpty()) {
            return List.of();
        }
        Map<Long, Organization> orgs = Organization.<Organization>list("id in ?1", providers.keySet()).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
        return CatalogueService.<CatalogueService>list("providerOrgId in ?1 and active = true order by id",
                        providers.keySet()).stream()
                .filter(s -> terms.rule(s.category).isPresent())
                .filter(s -> terms.acceptedCities.contains(Cities.cityOf(orgs.get(s.providerOrgId).regionCode)))
                .map(s -> new Offer(s.id, s.providerOrgId, orgs.get(s.providerOrgId).nameZh,
                        Cities.cityOf(orgs.get(s.providerOrgId).regionCode), s.category, s.nameZh, s.price))
                .toList();
    }

    /** The orders placed on a voucher, for whoever may see the voucher; newest first. */
    public List<VoucherView.OrderView> ofVoucher(long voucherId) {
        vouchers.read(voucherId);
        return ServiceOrder.<ServiceOrder>list("voucherId = ?1 order by id desc", voucherId).stream()
                .map(VoucherView.OrderView::of).toList();
    }

    /** One order, for its provider, the operator and whoever may see its voucher. */
    public VoucherView.OrderView get(long orderId) {
        ServiceOrder o = ServiceOrder.findById(orderId);
        if (o == null) {
            throw new NotFoundException();
        }
        if (!who.provides(o.providerOrgId) && !who.admin()) {
            vouchers.read(o.voucherId);
        }
        return VoucherView.OrderView.of(o);
    }

    /** Whether the caller may confirm the order: its provider (or the operator, who acts for providers). */
    public boolean confirmable(VoucherView.OrderView o) {
        return o.status() == ServiceOrder.Status.PROPOSED && (who.provides(o.providerOrgId()) || who.admin());
    }

    /** Whether the caller holds the voucher (and so may order with it and upload its evidence). */
    public boolean holds(long voucherId) {
        return who.holds(vouchers.read(voucherId));
    }

    /** A provider's orders, newest first. */
    public List<VoucherView.OrderView> ofProvider(long providerOrgId) {
        if (!who.provides(providerOrgId) && !who.admin()) {
            throw new NotFoundException();
        }
        return ServiceOrder.<ServiceOrder>list("providerOrgId = ?1 order by id desc", providerOrgId).stream()
                .map(VoucherView.OrderView::of).toList();
    }

    private void checkProvider(Provider provider, String providerCity, Voucher v, ProgrammeVersion terms,
                               ServiceCategory category) {
        if (provider == null || provider.status != Provider.Status.ACCEPTED) {
            throw new RuleViolation("provider-not-accepted", "the provider is not accepted for vouchers");
        }
        if (!terms.acceptedCities.contains(providerCity)) {
            throw new RuleViolation("provider-city-not-accepted", "the programme does not accept providers of " + providerCity);
        }
        if (!provider.citiesServed.contains(v.holderCity)) {
            throw new RuleViolation("provider-does-not-serve", "the provider does not serve " + v.holderCity);
        }
        if (terms.rule(category).isEmpty()) {
            throw new RuleViolation("category-not-covered", "the programme does not pay for " + category);
        }
    }

    private void checkAffiliation(Organization provider, Voucher v) {
        if (v.holderOrgId == null) {
            return;
        }
        affiliation.between(provider, Organization.findById(v.holderOrgId)).ifPresent(reason -> {
            throw new RuleViolation("affiliated-" + reason, "provider and holder are related: " + reason);
        });
    }

    /** The optional seam: a signed technology contract or a deal as the order's contract, checked by id only. */
    private void checkContract(VoucherForms.Order form) {
        if (form.contractKind() == null && form.contractRefId() == null) {
            return;
        }
        if (form.contractKind() == null || form.contractRefId() == null) {
            throw new InvalidInputException("contractRefId", "{voucher.contract.unknown}");
        }
        String table = form.contractKind() == ServiceOrder.ContractKind.DEAL ? "deal" : "tech_contract";
        boolean exists = !em.createNativeQuery("select 1 from " + table + " where id = ?1")
                .setParameter(1, form.contractRefId()).getResultList().isEmpty();
        if (!exists) {
            throw new InvalidInputException("contractRefId", "{voucher.contract.unknown}");
        }
    }
}
