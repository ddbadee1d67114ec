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

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A voucher programme 创新券项目: who issues it, for which year, and its money counters. The counters change only by
 * the conditional UPDATEs of {@link Ledger}, never through this entity, so that concurrent issues cannot overwrite each
 * other; the parameters live in {@link ProgrammeVersion}.
 */
@Entity
@Table(name = "voucher_programme")
public class Programme extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_kind")
    public IssuerKind issuerKind;
    @Column(name = "issuer_org_id")
    public Long issuerOrgId;
    @Column(name = "issuer_region")
    public String issuerRegion;
    public int year;
    public BigDecimal budget;
    @Column(insertable = false, updatable = false)
    public BigDecimal committed;
    @Column(insertable = false, updatable = false)
    public BigDecimal paid;
    @Column(name = "current_version")
    public int currentVersion;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    ProgrammeVersion current() {
        return ProgrammeVersion.of(id, currentVersion);
    }

    /** Whether a holder or provider registered in this region lies inside the programme's area. */
    boolean covers(String regionCode, java.util.Set<String> poolCities) {
        return switch (issuerKind) {
            case PROVINCE -> regionCode.startsWith(issuerRegion.substring(0, 2));
            case CITY -> regionCode.startsWith(issuerRegion.substring(0, 4));
            case POOL -> poolCities.contains(Cities.cityOf(regionCode));
        };
    }
}
