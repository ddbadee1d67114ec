package cn.techmarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One 非技术性费用 line (equipment, instruments, parts, raw materials). */
@Entity
@Table(name = "contract_cost_line")
public class CostLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "contract_id")
    public TechContract contract;
    @Enumerated(EnumType.STRING)
    public CostKind kind;
    public String description;
    public BigDecimal amount;

    public static CostLine of(CostKind kind, String description, BigDecimal amount) {
        CostLine line = new CostLine();
        line.kind = kind;
        line.description = description;
        line.amount = amount;
        return line;
    }
}
