package cn.techmarket.contract;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A contract party as written on the registration form (copied, not referenced: the form records it as signed). */
@Embeddable
public class Party {
    public String name;
    public String creditCode;
    public String region;
    public String country = "CN";
    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;
    public Long orgId;

    public boolean domestic() {
        return "CN".equals(country);
    }
}
