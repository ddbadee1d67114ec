package cn.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A correction of a paid voucher: a negative money line with its reason. Append-only (a trigger of V71 refuses any
 * change): a wrong correction is itself corrected by a new line, never edited.
 */
@Entity
@Table(name = "voucher_correction")
public class Correction extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "voucher_id")
    public Long voucherId;
    /** Negative: the money taken back. */
    public BigDecimal amount;
    public String reason;
    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;
    @Column(name = "booked_by")
    public String bookedBy;
}
