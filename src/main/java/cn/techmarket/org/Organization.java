package cn.techmarket.org;

import cn.techmarket.common.RuleViolation;
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
import java.util.EnumSet;
import java.util.Set;

/** An enterprise, university, institute, service provider, transfer institution or government body. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "credit_code")
    public String creditCode;
    @Enumerated(EnumType.STRING)
    public OrganizationType type;
    @Column(name = "region_code")
    public String regionCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_designation", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "designation")
    @Enumerated(EnumType.STRING)
    public Set<Designation> designations = EnumSet.noneOf(Designation.class);
    @Enumerated(EnumType.STRING)
    public Verification verification = Verification.PENDING;
    @Column(name = "verification_note")
    public String verificationNote;
    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;
    @Column(name = "verified_by")
    public String verifiedBy;
    public String description;
    public String website;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public static boolean creditCodeTaken(String creditCode, Long exceptId) {
        return count("creditCode = ?1 and id <> ?2", creditCode, exceptId == null ? -1L : exceptId) > 0;
    }

    void apply(OrganizationForm form, OffsetDateTime now) {
        boolean identityChanged = !form.nameZh().equals(nameZh) || !form.creditCode().equals(creditCode);
        nameZh = form.nameZh();
        nameEn = form.nameEn();
        creditCode = form.creditCode();
        type = form.type();
        regionCode = form.regionCode();
        designations = form.designations() == null || form.designations().isEmpty()
                ? EnumSet.noneOf(Designation.class) : EnumSet.copyOf(form.designations());
        description = form.description();
        website = form.website();
        updatedAt = now;
        // a verified identity no longer holds once the legal name or credit code changes
        if (identityChanged && verification == Verification.VERIFIED) {
            verification = Verification.PENDING;
            verificationNote = null;
        }
    }

    void decide(Verification decision, String note, String reviewer, OffsetDateTime now) {
        if (decision == Verification.PENDING) {
            throw new RuleViolation("verification-invalid", "a decision is VERIFIED or REJECTED");
        }
        if (decision == Verification.REJECTED && (note == null || note.isBlank())) {
            throw new RuleViolation("verification-note-required", "a rejection needs a reason");
        }
        verification = decision;
        verificationNote = note;
        verifiedAt = now;
        verifiedBy = reviewer;
        updatedAt = verifiedAt;
    }
}
