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

/** A service in a provider's catalogue, with its category and list price. */
@Entity
@Table(name = "voucher_service")
public class CatalogueService extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "provider_org_id")
    public Long providerOrgId;
    @Enumerated(EnumType.STRING)
    public ServiceCategory category;
    @Column(name = "name_zh")
    public String nameZh;
    public BigDecimal price;
    public boolean active = true;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
