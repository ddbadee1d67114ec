package cn.techmarket.contract;

import cn.techmarket.common.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A technology contract and its registration (技术合同认定登记). The workflow's rules are the transition methods here;
 * each throws {@link RuleViolation} (409) when the current status does not allow the step.
 */
@Entity
@Table(name = "tech_contract")
public class TechContract extends PanacheEntityBase {
    /** 技术交易额 from which a contract goes to expert review, with 30 working days instead of 15. */
    public static final BigDecimal EXPERT_REVIEW_THRESHOLD = new BigDecimal("5000000.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_class")
    public ContractClass contractClass;
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_type")
    public ContractSubType subType;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "seller_name")),
            @AttributeOverride(name = "creditCode", column = @Column(name = "seller_credit_code")),
            @AttributeOverride(name = "region", column = @Column(name = "seller_region")),
            @AttributeOverride(name = "country", column = @Column(name = "seller_country")),
            @AttributeOverride(name = "subjectType", column = @Column(name = "seller_subject_type")),
            @AttributeOverride(name = "orgId", column = @Column(name = "seller_org_id"))})
    public Party seller = new Party();
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "buyer_name")),
            @AttributeOverride(name = "creditCode", column = @Column(name = "buyer_credit_code")),
            @AttributeOverride(name = "region", column = @Column(name = "buyer_region")),
            @AttributeOverride(name = "country", column = @Column(name = "buyer_country")),
            @AttributeOverride(name = "subjectType", column = @Column(name = "buyer_subject_type")),
            @AttributeOverride(name = "orgId", column = @Column(name = "buyer_org_id"))})
    public Party buyer = new Party();
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "term_from")
    public LocalDate termFrom;
    @Column(name = "term_to")
    public LocalDate termTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "technical_field")
    public TechnicalField technicalField;
    @Column(name = "industry_code")
    public String industryCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "ip_type")
    public IpType ipType;
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_category")
    public PlanCategory planCategory = PlanCategory.NONE;
    @Enumerated(EnumType.STRING)
    @Column(name = "trade_flag")
    public TradeFlag tradeFlag = TradeFlag.DOMESTIC;
    @Column(name = "expected_investment")
    public BigDecimal expectedInvestment;
    @Column(name = "expected_output")
    public BigDecimal expectedOutput;
    @Column(name = "total_amount")
    public BigDecimal totalAmount;
    @Column(name = "non_technical_amount")
    public BigDecimal nonTechnicalAmount = BigDecimal.ZERO.setScale(2);
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    public List<CostLine> costLines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_result", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "listing_id")
    public Set<Long> resultIds = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    public ContractStatus status = ContractStatus.DRAFT;
    @Column(name = "point_id")
    public Long pointId;
    @Column(name = "registration_no")
    public String registrationNo;
    @Column(name = "registered_on")
    public LocalDate registeredOn;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    @Column(name = "deadline_on")
    public LocalDate deadlineOn;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "supplement_note")
    public String supplementNote;
    @Column(name = "deal_id")
    public Long dealId;
    @Column(name = "owner_org_id")
    public Long ownerOrgId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** 技术交易额: the total less the non-technical costs. */
    public BigDecimal techAmount() {
        return totalAmount.subtract(nonTechnicalAmount);
    }

    /** The party that registers: the domestic buyer of an imported technology, otherwise the seller. */
    public Party registrant() {
        return tradeFlag == TradeFlag.IMPORT ? buyer : seller;
    }

    public boolean needsExpertReview() {
        return techAmount().compareTo(EXPERT_REVIEW_THRESHOLD) >= 0;
    }

    /** Working days a registrar has (认定登记办法 art. 14). */
    public int reviewDays() {
        return needsExpertReview() ? 30 : 15;
    }

    public void replaceCostLines(List<CostLine> lines) {
        costLines.clear();
        lines.forEach(l -> {
            l.contract = this;
            costLines.add(l);
        });
        nonTechnicalAmount = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public void mustBeEditable() {
        if (!status.editable()) {
            throw new RuleViolation("contract-not-editable", "a " + status + " contract cannot be edited");
        }
    }

    /** Submitting (again, after 补正) starts the review clock afresh. */
    void submit(Long point, LocalDate today, LocalDate deadline) {
        mustBeEditable();
        pointId = point;
        submittedOn = today;
        deadlineOn = deadline;
        status = ContractStatus.SUBMITTED;
    }

    void requestSupplement(String note) {
        mustBeInReview();
        supplementNote = note;
        deadlineOn = null;
        status = ContractStatus.SUPPLEMENT_REQUESTED;
    }

    void startExpertReview() {
        if (status != ContractStatus.SUBMITTED) {
            throw invalid(ContractStatus.EXPERT_REVIEW);
        }
        status = ContractStatus.EXPERT_REVIEW;
    }

    void register(String number, LocalDate on) {
        mustBeInReview();
        if (needsExpertReview() && status != ContractStatus.EXPERT_REVIEW) {
            throw new RuleViolation("contract-expert-review-required",
                    "a contract with 技术交易额 ≥ 5,000,000 is registered after expert review");
        }
        registrationNo = number;
        registeredOn = on;
        deadlineOn = null;
        status = ContractStatus.REGISTERED;
    }

    void refuse(String reason) {
        mustBeInReview();
        refusalReason = reason;
        deadlineOn = null;
        status = ContractStatus.REFUSED;
    }

    void mustBeRegistered() {
        if (status != ContractStatus.REGISTERED) {
            throw new RuleViolation("contract-not-registered", "only a registered contract is changed or cancelled");
        }
    }

    void cancel() {
        mustBeRegistered();
        status = ContractStatus.CANCELLED;
    }

    /** Past its deadline on the given day, while a registrar still holds it. */
    public boolean overdueOn(LocalDate today) {
        return status.inReview() && deadlineOn != null && today.isAfter(deadlineOn);
    }

    private void mustBeInReview() {
        if (!status.inReview()) {
            throw new RuleViolation("contract-invalid-transition", "a " + status + " contract is not under review");
        }
    }

    private RuleViolation invalid(ContractStatus target) {
        return new RuleViolation("contract-invalid-transition", "a " + status + " contract cannot become " + target);
    }
}
