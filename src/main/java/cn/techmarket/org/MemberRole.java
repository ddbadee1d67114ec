package cn.techmarket.org;

/** A user's role inside one organization; the platform-wide roles come from Keycloak. */
public enum MemberRole {
    MEMBER, ORG_ADMIN
}
