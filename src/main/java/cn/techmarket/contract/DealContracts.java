package cn.techmarket.contract;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.broker.Deal;
import cn.techmarket.broker.DealSigned;
import cn.techmarket.listing.Listing;
import cn.techmarket.listing.Mode;
import cn.techmarket.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A signed deal opens a contract draft for the supplying organization (the seller registers), prefilled with the
 * parties, the signed amount and the results; the registrant completes the classification before submitting.
 * Runs in the signing transaction: no deal is signed without its draft.
 */
@ApplicationScoped
class DealContracts {
    private static final Map<Mode, ContractSubType> BY_MODE = Map.of(
            Mode.TRANSFER, ContractSubType.TRANSFER_OTHER_IP, Mode.LICENSE, ContractSubType.LICENSE_OTHER_IP,
            Mode.COMMISSIONED_DEV, ContractSubType.DEV_COMMISSIONED, Mode.JOINT_DEV, ContractSubType.DEV_COOPERATIVE,
            Mode.CONSULTING, ContractSubType.CONSULTING_OTHER, Mode.SERVICE, ContractSubType.SERVICE_GENERAL,
            Mode.EQUITY, ContractSubType.TRANSFER_EQUITY);
    private static final Map<String, TechnicalField> BY_INDUSTRY = Map.of(
            "AERO", TechnicalField.AEROSPACE, "MEDFOOD", TechnicalField.BIOMEDICINE,
            "MAT", TechnicalField.NEW_MATERIALS, "DIGITAL", TechnicalField.ELECTRONIC_INFO,
            "ENERGY", TechnicalField.NEW_ENERGY, "AGRI", TechnicalField.AGRICULTURE,
            "ENV", TechnicalField.ENVIRONMENT, "SERVICE", TechnicalField.URBAN_SOCIAL,
            "CULTURE", TechnicalField.URBAN_SOCIAL);
    @Inject
    AuditTrail audit;
    @Inject
    ReviewDates dates;

    void onSigned(@Observes DealSigned signed) {
        if (signed.supplyOrgIds().isEmpty() || signed.demandOrgIds().isEmpty()) {
            return;
        }
        Organization seller = Organization.findById(signed.supplyOrgIds().get(0));
        Organization buyer = Organization.findById(signed.demandOrgIds().get(0));
        List<Listing> results = signed.resultIds().stream().map(id -> (Listing) Listing.findById(id)).toList();
        Listing first = results.isEmpty() ? null : results.get(0);
        Deal deal = Deal.findById(signed.dealId());
        TechContract c = new TechContract();
        c.title = truncate(deal != null && deal.title != null ? deal.title : first != null ? first.title : "技术合同");
        c.subType = first == null || first.modes.isEmpty() ? ContractSubType.SERVICE_GENERAL
                : BY_MODE.get(first.modes.iterator().next());
        c.contractClass = c.subType.contractClass;
        party(seller, c.seller);
        party(buyer, c.buyer);
        c.signedOn = signed.signedOn();
        c.industryCode = first == null ? null : first.industryCode;
        c.technicalField = fieldOf(c.industryCode);
        c.ipType = IpType.NONE;
        c.totalAmount = signed.amount().setScale(2);
        c.resultIds.addAll(signed.resultIds());
        c.dealId = signed.dealId();
        c.ownerOrgId = seller.id;
        c.createdBy = "deal:" + signed.dealId();
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.persistAndFlush();
        audit.record("contract.drafted-from-deal", ContractService.AUDIT_TYPE, c.id, null,
                ContractView.from(c, dates.today()));
    }

    private static TechnicalField fieldOf(String industryCode) {
        String top = industryCode == null ? "" : industryCode.split("\\.")[0];
        return BY_INDUSTRY.getOrDefault(top, TechnicalField.ADVANCED_MANUFACTURING);
    }

    private static void party(Organization org, Party p) {
        p.name = org.nameZh;
        p.creditCode = org.creditCode;
        p.region = org.regionCode;
        p.country = "CN";
        p.orgId = org.id;
        p.subjectType = SubjectType.of(org.type);
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
