package cn.techmarket.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** An administrative division by its GB/T 2260 code (loaded by migration, never edited by the application). */
@Entity
@Cacheable
@Immutable
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    public short level;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;

    /** County-level: a district, county or county-level city. */
    public boolean isCounty() {
        return level == 3;
    }

    public static List<Region> childrenOf(String parentCode) {
        return parentCode == null ? list("parentCode is null order by code") : list("parentCode = ?1 order by code", parentCode);
    }
}
