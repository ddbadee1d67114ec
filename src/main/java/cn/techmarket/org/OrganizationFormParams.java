package cn.techmarket.org;

import org.jboss.resteasy.reactive.RestForm;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The HTML form as posted: strings, turned into an {@link OrganizationForm} for the same validation as the API. */
public class OrganizationFormParams {
    @RestForm public String nameZh;
    @RestForm public String nameEn;
    @RestForm public String creditCode;
    @RestForm public String type;
    @RestForm public String regionCode;
    @RestForm public List<String> designations;
    @RestForm public String description;
    @RestForm public String website;
    @RestForm public Long version;

    OrganizationForm toForm() {
        Set<Designation> chosen = EnumSet.noneOf(Designation.class);
        if (designations != null) {
            for (String d : designations) {
                for (Designation known : Designation.values()) {
                    if (known.name().equals(d)) {
                        chosen.add(known);
                    }
                }
            }
        }
        return new OrganizationForm(nameZh, nameEn, creditCode, OrganizationType.parse(type), regionCode, chosen,
                description, website, version).normalized();
    }
}
