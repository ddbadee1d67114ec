package cn.techmarket.common;

import java.util.Set;

/**
 * The platform roles, as Keycloak's realm names them (deploy/keycloak/techmarket-realm.json): the one place the
 * names are written. Strings, not an enum, because @RolesAllowed takes compile-time constants.
 */
public final class Roles {
    public static final String ENTERPRISE = "enterprise";
    public static final String RESEARCHER = "researcher";
    public static final String BROKER = "broker";
    public static final String PROVIDER = "provider";
    public static final String REGISTRAR = "registrar";
    public static final String BUREAU = "bureau";
    public static final String ADMIN = "admin";
    public static final Set<String> ALL = Set.of(ENTERPRISE, RESEARCHER, BROKER, PROVIDER, REGISTRAR, BUREAU, ADMIN);

    private Roles() {
    }
}
