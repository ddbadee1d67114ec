package cn.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** An organization registered as a service provider 创新服务机构; only an ACCEPTED one can take voucher orders. */
@Entity
@Table(name = "voucher_provider")
public class Provider extends PanacheEntityBase {
    public enum Status { PENDING, ACCEPTED, SUSPENDED }

    @Id
    @Column(name = "organization_id")
    public Long organizationId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cities_served")
    public List<String> citiesServed;
    public String note;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
