package cn.techmarket.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A user following a published need (关注): matching new results are delivered to them. */
@Entity
@Table(name = "need_follow")
public class NeedFollow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "listing_id")
    public Long listingId;
    public boolean paused;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
