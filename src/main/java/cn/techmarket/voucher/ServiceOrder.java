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
 * A service order an enterprise places with a provider against a voucher. Several may be proposed; the first the
 * provider confirms takes the voucher (its subsidy is reserved), the others are cancelled.
 */
@Entity
@Table(name = "voucher_order")
public class ServiceOrder extends PanacheEntityBase {
    public enum Status { PROPOSED, CONFIRMED, CANCELLED }

    public enum ContractKind { CONTRACT, DEAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "voucher_id")
    public Long voucherId;
    @Column(name = "provider_org_id")
    public Long providerOrgId;
    @Column(name = "provider_city")
    public String providerCity;
    @Column(name = "service_id")
    public Long serviceId;
    @Enumerated(EnumType.STRING)
    public ServiceCategory category;
    public String scope;
    public int persons = 1;
    public BigDecimal fee;
    public BigDecimal subsidy;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_kind")
    public ContractKind contractKind;
    @Column(name = "contract_ref_id")
    public Long contractRefId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
}
