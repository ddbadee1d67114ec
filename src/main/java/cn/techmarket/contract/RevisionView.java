package cn.techmarket.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RevisionView(int revision, AmountRevision.Kind kind, LocalDate effectiveOn, BigDecimal totalAmount,
                           BigDecimal techAmount, String reason) {
    static RevisionView from(AmountRevision r) {
        return new RevisionView(r.revision, r.kind, r.effectiveOn, r.totalAmount, r.techAmount, r.reason);
    }
}
