package cn.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A start-up team 创新创业团队 not yet incorporated: its leader holds its vouchers. */
@Entity
@Table(name = "voucher_team")
public class Team extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "leader_subject")
    public String leaderSubject;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
