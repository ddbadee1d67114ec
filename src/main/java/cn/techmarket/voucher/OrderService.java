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
     * reservation is the request's first statement and decides alone; a loser makes one more read (404 or 409) and
     * leaves, and only the winner loads the voucher, checks the rules and writes the audit line (a failed check rolls
     * the reservation back).
     */
    @Transactional
    public VoucherView confirm(long orderId, VoucherForms.Confirmation form) {
        if (!who.admin() && !who.providerRole()) {
            throw new NotFoundException();
        }
        String subject = who.subject();
        long voucherId = ledger.reserve(orderId, subject, who.admin()).orElseThrow(() -> {
            String status = ledger.orderStatus(orderId, subject, who.admin()).orElseThrow(NotFoundException::new);
            return new RuleViolation("voucher-not-available", "order " + orderId + " is " + status
                    + " and its voucher is taken, spent or expired");
        });
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
