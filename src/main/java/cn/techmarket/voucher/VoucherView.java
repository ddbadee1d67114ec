package cn.techmarket.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A voucher as the API shows it and the audit trail records it. */
public record VoucherView(long id, long programmeId, int programmeVersion, Long holderOrgId, Long holderTeamId,
                          String holderCity, int year, BigDecimal requested, BigDecimal faceValue, BigDecimal reserved,
                          VoucherStatus status, List<String> reasons, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
                          OrderView order, LocalDate invoiceDate, OffsetDateTime publicityEndsAt, OffsetDateTime paidAt,
                          String lender, BigDecimal corrected) {

    public record OrderView(long id, long voucherId, long providerOrgId, String providerCity, long serviceId,
                            ServiceCategory category, String scope, int persons, BigDecimal fee, BigDecimal subsidy,
                            ServiceOrder.Status status, ServiceOrder.ContractKind contractKind, Long contractRefId) {
        static OrderView of(ServiceOrder o) {
            return o == null ? null : new OrderView(o.id, o.voucherId, o.providerOrgId, o.providerCity, o.serviceId,
                    o.category, o.scope, o.persons, o.fee, o.subsidy, o.status, o.contractKind, o.contractRefId);
        }
    }

    static VoucherView of(Voucher v) {
        ProgrammeVersion terms = v.terms();
        ServiceOrder order = v.orderId == null ? null : ServiceOrder.findById(v.orderId);
        return new VoucherView(v.id, v.programmeId, terms.version, v.holderOrgId, v.holderTeamId, v.holderCity, v.year,
                v.requested, v.faceValue, v.reserved, v.status, v.reasons, v.issuedAt, v.expiresAt, OrderView.of(order),
                v.invoiceDate, v.publicityEndsAt, v.paidAt, v.lender, v.corrected);
    }
}
