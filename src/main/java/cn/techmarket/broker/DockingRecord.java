package cn.techmarket.broker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a deal's docking log (对接记录): a call, visit, meeting or roadshow. */
@Entity
@Table(name = "docking_record")
public class DockingRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "deal_id")
    public Long dealId;
    @Column(name = "broker_id")
    public Long brokerId;
    @Enumerated(EnumType.STRING)
    public DockingKind kind;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    public String parties;
    public String notes;
    @Column(name = "next_step")
    public String nextStep;
    @Column(name = "next_step_due")
    public LocalDate nextStepDue;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
