package cn.techmarket.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A user belongs to an organization as a member or as one of its administrators. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public UserProfile user;
    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    @Enumerated(EnumType.STRING)
    public MemberRole role;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Membership> of(UserProfile user, long organizationId) {
        return find("user = ?1 and organization.id = ?2", user, organizationId).firstResultOptional();
    }

    public static List<Membership> ofUser(UserProfile user) {
        return list("user = ?1 order by organization.nameZh", user);
    }

    public static List<Membership> inOrganization(long organizationId) {
        return list("organization.id = ?1 order by role desc, user.username", organizationId);
    }

    static long adminsOf(long organizationId) {
        return count("organization.id = ?1 and role = ?2", organizationId, MemberRole.ORG_ADMIN);
    }
}
