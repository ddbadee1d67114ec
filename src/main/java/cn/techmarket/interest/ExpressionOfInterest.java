package cn.techmarket.interest;

import cn.techmarket.common.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An organization's interest in another organization's published listing (意向). */
@Entity
@Table(name = "expression_of_interest")
public class ExpressionOfInterest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "listing_id")
    public Long listingId;
    @Column(name = "listing_org_id")
    public Long listingOrgId;
    @Column(name = "org_id")
    public Long orgId;
    @Column(name = "user_id")
    public Long userId;
    public String message;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Enumerated(EnumType.STRING)
    public InterestStatus status = InterestStatus.OPEN;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "decided_by")
    public Long decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    void decide(Decision decision, DeclineReason reason, String note, long by, OffsetDateTime now) {
        requireOpen();
        status = decision == Decision.ACCEPT ? InterestStatus.ACCEPTED : InterestStatus.DECLINED;
        declineReason = decision == Decision.DECLINE ? reason : null;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        decidedBy = by;
        decidedAt = now;
        updatedAt = decidedAt;
    }

    void withdraw(OffsetDateTime now) {
        requireOpen();
        status = InterestStatus.WITHDRAWN;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status != InterestStatus.OPEN) {
            throw new RuleViolation("interest-not-open", "a " + status + " expression of interest cannot change");
        }
    }

    static Optional<ExpressionOfInterest> live(long listingId, long orgId) {
        return find("listingId = ?1 and orgId = ?2 and status in ?3", listingId, orgId,
                List.of(InterestStatus.OPEN, InterestStatus.ACCEPTED)).firstResultOptional();
    }

    static boolean accepted(long listingId, List<Long> orgIds) {
        return count("listingId = ?1 and orgId in ?2 and status = ?3", listingId, orgIds, InterestStatus.ACCEPTED) > 0;
    }
}
