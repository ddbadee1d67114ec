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
import java.util.List;

/** One training, continuing-education course or certificate of a broker. */
@Entity
@Table(name = "broker_training")
public class BrokerTraining extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "broker_id")
    public Long brokerId;
    @Enumerated(EnumType.STRING)
    public TrainingKind kind;
    public String title;
    public String provider;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    public int hours;
    public String certificate;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    static List<BrokerTraining> of(long brokerId) {
        return list("brokerId = ?1 order by completedOn desc, id desc", brokerId);
    }
}
