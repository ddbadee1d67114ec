package cn.techmarket.broker;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deal a broker carries: one need, one or more results, the parties' organizations, the agreed commission, and
 * the stage with its history ({@link DealStageStay}). Money is exact yuan (NUMERIC(14,2)).
 */
@Entity
@Table(name = "deal")
public class Deal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "need_id")
    public Long needId;
    @Column(name = "broker_id")
    public Long brokerId;
    public String title;
    @Enumerated(EnumType.STRING)
    public DealStage stage = DealStage.LEAD;
    @Column(name = "stage_entered_at")
    public OffsetDateTime stageEnteredAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = cn.techmarket.common.PageQuery.MAX_SIZE)
    @CollectionTable(name = "deal_result", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "result_id")
    public Set<Long> resultIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = cn.techmarket.common.PageQuery.MAX_SIZE)
    @CollectionTable(name = "deal_party", joinColumns = @JoinColumn(name = "deal_id"))
    public Set<DealParty> parties = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "commission_kind")
    public CommissionKind commissionKind;
    @Column(name = "commission_rate")
    public BigDecimal commissionRate;
    @Column(name = "commission_amount")
    public BigDecimal commissionAmount;
    @Column(name = "commission_years")
    public Integer commissionYears;
    public BigDecimal amount;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    @Column(name = "contract_ref")
    public String contractRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;
    @Column(name = "termination_note")
    public String terminationNote;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Moves the deal and keeps its stage history; refuses what the workflow does not allow (409). */
    /** The broker moves an open deal one stage on; signing and terminating have rules of their own. */
    void advance(DealStage target, OffsetDateTime at) {
        requireBrokerMayMoveTo(target);
        if (target == DealStage.SIGNED || target == DealStage.TERMINATED) {
            throw new IllegalArgumentException("sign() and terminate() carry their own facts");
        }
        enter(target, at);
    }

    /** 签约: the signed amount and date are required, the date not in the future, and the commission agreed. */
    void sign(BigDecimal signedAmount, LocalDate signedDate, LocalDate today, OffsetDateTime at) {
        requireBrokerMayMoveTo(DealStage.SIGNED);
        List<FieldError> errors = new ArrayList<>();
        if (signedAmount == null) {
            errors.add(new FieldError("amount", "{broker.amount.required}"));
        }
        if (signedDate == null) {
            errors.add(new FieldError("signedOn", "{broker.date.required}"));
        } else if (signedDate.isAfter(today)) {
            errors.add(new FieldError("signedOn", "{broker.date.past}"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (commissionKind == null) {
            throw new RuleViolation("deal-commission-missing", "agree the commission before signing");
        }
        enter(DealStage.SIGNED, at);
        amount = signedAmount;
        signedOn = signedDate;
        signedAt = at;
    }

    /** 终止: a reason is required, and a note when the reason is OTHER. */
    void terminate(TerminationReason reason, String note, OffsetDateTime at) {
        requireBrokerMayMoveTo(DealStage.TERMINATED);
        if (reason == null) {
            throw new InvalidInputException("reason", "{broker.termination.reason.required}");
        }
        if (reason == TerminationReason.OTHER && note == null) {
            throw new InvalidInputException("note", "{broker.termination.note.required}");
        }
        enter(DealStage.TERMINATED, at);
        terminationReason = reason;
        terminationNote = note;
    }

    /** 已登记: only contract registration moves a deal there, and only a signed one. */
    void moveTo(DealStage target, OffsetDateTime at) {
        boolean allowed = target == DealStage.REGISTERED ? stage == DealStage.SIGNED : stage.brokerMayMoveTo(target);
        if (!allowed) {
            throw new RuleViolation("deal-invalid-transition", "a " + stage + " deal cannot become " + target);
        }
        enter(target, at);
    }

    private void requireBrokerMayMoveTo(DealStage target) {
        if (target == DealStage.REGISTERED) {
            throw new RuleViolation("deal-registered-by-contract", "a deal is registered through contract registration");
        }
        if (!stage.brokerMayMoveTo(target)) {
            throw new RuleViolation("deal-invalid-transition", "a " + stage + " deal cannot become " + target);
        }
    }

    private void enter(DealStage target, OffsetDateTime at) {
        DealStageStay.current(id).ifPresent(stay -> stay.leftAt = at);
        DealStageStay.enter(id, target, at);
        stage = target;
        stageEnteredAt = at;
        updatedAt = at;
    }

    /** The commission on the signed amount when the terms fix it; null for a share of future income. */
    public BigDecimal commissionDue() {
        if (commissionKind == null || amount == null) {
            return null;
        }
        return switch (commissionKind) {
            case PERCENT -> amount.multiply(commissionRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            case FIXED -> commissionAmount;
            case INCOME_SHARE -> null;
        };
    }
}
