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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One stay of a deal in a stage, from entering to leaving (open while it is still there). */
@Entity
@Table(name = "deal_stage_stay")
public class DealStageStay extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "deal_id")
    public Long dealId;
    @Enumerated(EnumType.STRING)
    public DealStage stage;
    @Column(name = "entered_at")
    public OffsetDateTime enteredAt;
    @Column(name = "left_at")
    public OffsetDateTime leftAt;

    static void enter(long dealId, DealStage stage, OffsetDateTime at) {
        DealStageStay stay = new DealStageStay();
        stay.dealId = dealId;
        stay.stage = stage;
        stay.enteredAt = at;
        stay.persist();
    }

    static Optional<DealStageStay> current(long dealId) {
        return find("dealId = ?1 and leftAt is null", dealId).firstResultOptional();
    }

    static List<DealStageStay> of(long dealId) {
        return list("dealId = ?1 order by enteredAt, id", dealId);
    }

    /** The histories of a page of deals in one statement, each in order. */
    static java.util.Map<Long, List<DealStageStay>> ofDeals(List<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return java.util.Map.of();
        }
        return DealStageStay.<DealStageStay>list("dealId in ?1 order by enteredAt, id", dealIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.dealId, java.util.stream.Collectors.toList()));
    }
}
