package dev.remotecommands.infrastructure;

/**
 * The local Keycloak realm (resource {@code keycloak/remote-commands-realm.json}): what tests and local runs log in
 * with. The user ids are fixed, so they can be used as account ids (the token's {@code sub}) in seeds and asserts.
 */
public final class LocalRealm {

    public static final String REALM = "remote-commands";
    /** Public client with the password grant enabled (local only). */
    public static final String CLIENT_ID = "mobile-app";

    public static final String DRIVER_USERNAME = "driver";
    public static final String DRIVER_PASSWORD = "driver";
    /** The {@code sub} of the driver's tokens. */
    public static final String DRIVER_ID = "11111111-1111-4111-8111-111111111111";

    public static final String OTHER_DRIVER_USERNAME = "other-driver";
    public static final String OTHER_DRIVER_PASSWORD = "other-driver";
    /** The {@code sub} of the other driver's tokens. */
    public static final String OTHER_DRIVER_ID = "22222222-2222-4222-8222-222222222222";

    /** Has the realm roles {@code operator} (webhook dead letters) and {@code webhook-admin} (its client's webhook). */
    public static final String OPERATOR_USERNAME = "operator";
    public static final String OPERATOR_PASSWORD = "operator";
    /** The {@code sub} of the operator's tokens. */
    public static final String OPERATOR_ID = "33333333-3333-4333-8333-333333333333";

    /** Access tokens live this long (local convenience). */
    public static final int ACCESS_TOKEN_LIFESPAN_SECONDS = 1800;

    private LocalRealm() {
    }

    /** The realm URL on a Keycloak base URL, i.e. the OIDC {@code auth-server-url}. */
    public static String realmUrl(String keycloakUrl) {
        return stripTrailingSlash(keycloakUrl) + "/realms/" + REALM;
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
