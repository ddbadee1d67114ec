package cn.techmarket.voucher;

import cn.techmarket.common.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An innovation voucher 科技创新券 from application to payment. Amounts held elsewhere (programme budget, holder cap)
 * move with it through {@link Ledger}; the status moves only along {@link VoucherStatus#from()}.
 */
@Entity
@Table(name = "voucher")
public class Voucher extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "programme_id")
    public Long programmeId;
    @Column(name = "version_id")
    public Long versionId;
    @Column(name = "holder_org_id")
    public Long holderOrgId;
    @Column(name = "holder_team_id")
    public Long holderTeamId;
    @Column(name = "holder_key")
    public String holderKey;
    @Column(name = "holder_city")
    public String holderCity;
    public int year;
    public BigDecimal requested;
    @Column(name = "face_value")
    public BigDecimal faceValue = BigDecimal.ZERO.setScale(2);
    public BigDecimal reserved = BigDecimal.ZERO.setScale(2);
    /** What corrections took back after payment; at most {@link #reserved}, which stays what was paid. */
    public BigDecimal corrected = BigDecimal.ZERO.setScale(2);
    @Enumerated(EnumType.STRING)
    public VoucherStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reasons;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @Column(name = "applied_by")
    public String appliedBy;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "order_id")
    public Long orderId;
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;
    @Column(name = "publicity_ends_at")
    public OffsetDateTime publicityEndsAt;
    @Column(name = "paid_at")
    public OffsetDateTime paidAt;
    public String lender;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    void moveTo(VoucherStatus next) {
        if (!next.from().contains(status)) {
            throw new RuleViolation("voucher-invalid-transition", "a " + status + " voucher cannot become " + next);
        }
        status = next;
        updatedAt = OffsetDateTime.now();
    }

    /**
     * A paid subsidy found wrong is taken back, in part or whole, by corrections that together never exceed what was
     * paid. The payment itself is never edited: the voucher stays PAID and counts what was corrected.
     */
    void correct(BigDecimal amount) {
        if (status != VoucherStatus.PAID) {
            throw new RuleViolation("voucher-not-paid", "only a paid voucher is corrected; this one is " + status);
        }
        if (amount.compareTo(reserved.subtract(corrected)) > 0) {
            throw new RuleViolation("correction-exceeds-paid", "at most " + reserved.subtract(corrected)
                    + " of the paid " + reserved + " is left to correct");
        }
        corrected = corrected.add(amount);
        updatedAt = OffsetDateTime.now();
    }

    /** The invoice must be dated inside the validity, in China's calendar. */
    boolean withinValidity(LocalDate date) {
        return issuedAt != null && !date.isBefore(issuedAt.atZoneSameInstant(cn.techmarket.common.Clocks.CHINA).toLocalDate())
                && !date.isAfter(expiresAt.atZoneSameInstant(cn.techmarket.common.Clocks.CHINA).toLocalDate());
    }

    ProgrammeVersion terms() {
        return ProgrammeVersion.findById(versionId);
    }
}
