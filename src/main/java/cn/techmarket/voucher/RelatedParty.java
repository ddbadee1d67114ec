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

import java.time.OffsetDateTime;

/** A party related to an organization by equity or by a shared legal representative, named by its credit code. */
@Entity
@Table(name = "organization_related_party")
public class RelatedParty extends PanacheEntityBase {
    public enum Kind { EQUITY, SHARED_LEGAL_REPRESENTATIVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organization_id")
    public Long organizationId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "related_credit_code")
    public String relatedCreditCode;
    @Column(name = "related_name")
    public String relatedName;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
