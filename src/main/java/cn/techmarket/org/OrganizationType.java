package cn.techmarket.org;

/** What kind of body an organization is; decides what it may publish later (needs, results, services). */
public enum OrganizationType {
    ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, SERVICE_PROVIDER, TRANSFER_INSTITUTION, GOVERNMENT;

    /** Parses a form value; null for anything else, which validation then reports as missing. */
    static OrganizationType parse(String value) {
        for (OrganizationType t : values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
