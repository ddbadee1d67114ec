package cn.techmarket.listing;

import cn.techmarket.common.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A technology need or result. Kind-specific fields stay null on the other kind. */
@Entity
@Table(name = "listing")
public class Listing extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ListingKind kind;
    @Enumerated(EnumType.STRING)
    public ListingStatus status = ListingStatus.DRAFT;
    public String title;
    public String summary;
    public String details;
    public String keywords;
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "region_code")
    public String regionCode;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public Integer trl;
    @Convert(converter = ModesConverter.class)
    public Set<Mode> modes = EnumSet.noneOf(Mode.class);
    @Column(name = "price_negotiable")
    public boolean priceNegotiable;
    @Column(name = "price_min")
    public BigDecimal priceMin;
    @Column(name = "price_max")
    public BigDecimal priceMax;
    public String problem;
    @Column(name = "target_indicators")
    public String targetIndicators;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_class")
    public NeedClass needClass;
    public String team;
    public String inventors;
    @Enumerated(EnumType.STRING)
    @Column(name = "rights_status")
    public RightsStatus rightsStatus;
    @Column(name = "rights_confirmed")
    public Boolean rightsConfirmed;
    @Column(name = "maturity_evidence")
    public String maturityEvidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_method")
    public PricingMethod pricingMethod;
    @Column(name = "application_fields")
    public String applicationFields;
    public String advantages;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = cn.techmarket.common.PageQuery.MAX_SIZE)
    @CollectionTable(name = "listing_ip", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    public List<IpItem> ipItems = new ArrayList<>();
    @Column(name = "owner_org_id")
    public Long ownerOrgId;
    @Column(name = "owner_user_id")
    public Long ownerUserId;
    @Column(name = "moderation_note")
    public String moderationNote;
    @Column(name = "expires_at")
    public LocalDate expiresAt;
    @Column(name = "expiry_notified_at")
    public OffsetDateTime expiryNotifiedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /**
     * An owner's or moderator's action: its workflow step, with the rule the status table cannot say (only a
     * published listing is dealt: the table also lets an expired one end as dealt, which is the sweep's alone).
     */
    void act(ListingAction action, String note, OffsetDateTime now) {
        if (action == ListingAction.MARK_DEALT && status != ListingStatus.PUBLISHED) {
            throw new RuleViolation("listing-invalid-transition", "only a published listing is dealt");
        }
        moveTo(action.target, note, now);
    }

    /** Applies a workflow step, or refuses it with 409 listing-invalid-transition. */
    void moveTo(ListingStatus next, String note, OffsetDateTime now) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolation("listing-invalid-transition", "a " + status + " listing cannot become " + next);
        }
        status = next;
        moderationNote = note;
        updatedAt = now;
        if (next == ListingStatus.PUBLISHED && publishedAt == null) {
            publishedAt = updatedAt;
        }
    }

    boolean isPublic() {
        return status == ListingStatus.PUBLISHED;
    }
}
