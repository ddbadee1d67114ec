package cn.techmarket.voucher;

import java.math.BigDecimal;

/** A programme with its money counters and its current terms. */
public record ProgrammeView(long id, String code, IssuerKind issuerKind, long issuerOrgId, String issuerRegion, int year,
                            int version, BigDecimal budget, BigDecimal committed, BigDecimal paid, BigDecimal available,
                            ProgrammeTerms terms) {
    static ProgrammeView of(Programme p, ProgrammeVersion v) {
        return new ProgrammeView(p.id, p.code, p.issuerKind, p.issuerOrgId, p.issuerRegion, p.year, v.version,
                p.budget, p.committed, p.paid, p.budget.subtract(p.committed).subtract(p.paid), ProgrammeTerms.of(v));
    }
}
