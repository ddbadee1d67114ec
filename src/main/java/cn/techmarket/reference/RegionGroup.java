package cn.techmarket.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Set;

/** A named group of regions used in filters and reports, such as 成德眉资 or 万达开. */
@Entity
@Cacheable
@Immutable
@Table(name = "region_group")
public class RegionGroup extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_group_member", joinColumns = @JoinColumn(name = "group_code"))
    @Column(name = "region_code")
    public Set<String> memberCodes;
}
