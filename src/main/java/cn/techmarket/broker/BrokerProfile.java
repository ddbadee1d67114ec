package cn.techmarket.broker;

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

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A broker's profile (技术经纪人/技术经理人): one per user with the platform role broker. */
@Entity
@Table(name = "broker_profile")
public class BrokerProfile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    @Enumerated(EnumType.STRING)
    public BrokerLevel level;
    @Column(name = "organization_id")
    public Long organizationId;
    public String bio;
    public String phone;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "broker_field", joinColumns = @JoinColumn(name = "broker_id"))
    @Column(name = "industry_code")
    public Set<String> fields = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "broker_region", joinColumns = @JoinColumn(name = "broker_id"))
    @Column(name = "region_code")
    public Set<String> regions = new TreeSet<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public static Optional<BrokerProfile> ofUser(long userId) {
        return find("userId", userId).firstResultOptional();
    }
}
