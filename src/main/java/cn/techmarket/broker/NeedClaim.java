package cn.techmarket.broker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Which broker owns a need. The need id is the primary key: a need has at most one broker. */
@Entity
@Table(name = "need_claim")
public class NeedClaim extends PanacheEntityBase {
    @Id
    @Column(name = "need_id")
    public Long needId;
    @Column(name = "broker_id")
    public Long brokerId;
    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;
    /** The operator who assigned it, or null when the broker claimed it. */
    @Column(name = "assigned_by")
    public String assignedBy;
}
