package cn.techmarket.broker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** An organization in a deal: the need's side (DEMAND) or a result's side (SUPPLY). */
@Embeddable
public class DealParty {
    public enum Role { DEMAND, SUPPLY }

    @Column(name = "organization_id")
    public Long organizationId;
    @Enumerated(EnumType.STRING)
    public Role role;

    public DealParty() {
    }

    DealParty(Long organizationId, Role role) {
        this.organizationId = organizationId;
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DealParty p && Objects.equals(organizationId, p.organizationId) && role == p.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, role);
    }
}
