package cn.techmarket.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The two-level industry taxonomy drawn from the cities' plans (装备制造 › 清洁能源装备 …). */
@Entity
@Cacheable
@Immutable
@Table(name = "industry")
public class Industry extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    public short level;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;

    /** A sub-industry (level 2), shown indented under its parent. */
    public boolean isSub() {
        return parentCode != null;
    }
}
