package cn.techmarket.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/** A /search saved by a user under a name: the URL's parameters (words and filters), without paging. */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "query")
    public String queryJson;

    Map<String, String> query() {
        return SavedQuery.fromJson(queryJson);
    }
    public boolean paused;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
