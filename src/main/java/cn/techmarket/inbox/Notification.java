package cn.techmarket.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One message in a user's in-app inbox; rows are written by {@link Inbox#deliver} only (idempotent by dedup key). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    public String kind;
    @Column(name = "dedup_key")
    public String dedupKey;
    @Column(name = "listing_id")
    public Long listingId;
    public String title;
    public String body;
    public String link;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
    @Column(name = "mail_status")
    public String mailStatus;
}
