package cn.techmarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of contract_amount_history: the amounts a registered contract carries from {@code effectiveOn} on.
 * Append-only; statistics "as of D" take the latest revision effective on or before D.
 */
@Entity
@Table(name = "contract_amount_history")
public class AmountRevision extends PanacheEntityBase {
    public enum Kind { REGISTERED, CHANGED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contract_id")
    public Long contractId;
    public int revision;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "total_amount")
    public BigDecimal totalAmount;
    @Column(name = "tech_amount")
    public BigDecimal techAmount;
    public String reason;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    public static List<AmountRevision> of(long contractId) {
        return list("contractId = ?1 order by revision", contractId);
    }

    static AmountRevision latest(long contractId) {
        return find("contractId = ?1 order by revision desc", contractId).firstResult();
    }
}
