package cn.techmarket.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The platform's record of a Keycloak user, created at the first sign-in. */
@Entity
@Table(name = "user_profile")
public class UserProfile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String subject;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;

    public static Optional<UserProfile> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public static Optional<UserProfile> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
