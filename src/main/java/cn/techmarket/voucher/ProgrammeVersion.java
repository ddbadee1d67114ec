package cn.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The parameters of a programme from one change on; a voucher keeps the version it was issued under. */
@Entity
@Table(name = "voucher_programme_version")
public class ProgrammeVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "programme_id")
    public Long programmeId;
    public int version;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public ProgrammeMode mode;
    public BigDecimal budget;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_holders")
    public List<String> eligibleHolders;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CategoryRule> categories;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accepted_cities")
    public List<String> acceptedCities;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pool_shares")
    public List<PoolShare> poolShares;
    @Column(name = "cap_per_holder")
    public BigDecimal capPerHolder;
    @Column(name = "face_value_max")
    public BigDecimal faceValueMax;
    @Column(name = "validity_days")
    public int validityDays;
    @Enumerated(EnumType.STRING)
    public Issuing issuing;
    @Column(name = "publicity_days")
    public int publicityDays;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    static ProgrammeVersion of(long programmeId, int version) {
        return find("programmeId = ?1 and version = ?2", programmeId, version).firstResult();
    }

    Optional<CategoryRule> rule(ServiceCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst();
    }

    /** ratio × fee, and for a per-person category at most the cap per person; rounded down to the fen. */
    BigDecimal subsidyFor(ServiceCategory category, BigDecimal fee, int persons) {
        CategoryRule rule = rule(category).orElseThrow();
        BigDecimal amount = fee.multiply(rule.ratio());
        if (rule.perPersonCap() != null) {
            amount = amount.min(rule.perPersonCap().multiply(BigDecimal.valueOf(persons)));
        }
        return amount.setScale(2, RoundingMode.DOWN);
    }
}
