package dev.remotecommands.systemtests.testing;

import dev.remotecommands.infrastructure.LocalRealm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The local Keycloak's admin API (bootstrap admin admin/admin, local only): what the security tests change in the
 * realm for a moment, and accounts of their own so their requests touch no other test's driver.
 */
public final class KeycloakAdmin {

    private final String keycloakUrl;

    public KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** Sets the realm's access-token lifespan and returns the one it had. */
    public int setAccessTokenLifespan(int seconds) {
        RawHttp.Answer realm = RawHttp.send("GET", realmAdminUrl(), auth(), (byte[]) null);
        require(realm, 200, "read the realm");
        int previous = realm.json().path("accessTokenLifespan").asInt();
        require(RawHttp.send("PUT", realmAdminUrl(), json(), "{\"accessTokenLifespan\":" + seconds + "}"), 204,
                "set the access-token lifespan");
        return previous;
    }

    /** Creates an enabled user with this password and a complete profile (so the password grant is allowed). */
    public void createUser(String username, String password) {
        String user = """
                {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@example.com","firstName":"Sweep",\
                "lastName":"Tester","credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, password);
        require(RawHttp.send("POST", realmAdminUrl() + "/users", json(), user), 201, "create user " + username);
    }

    private String realmAdminUrl() {
        return keycloakUrl + "/admin/realms/" + LocalRealm.REALM;
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + adminToken());
    }

    private Map<String, String> json() {
        return Map.of("Authorization", "Bearer " + adminToken(), "Content-Type", "application/json");
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        RawHttp.Answer answer = RawHttp.send("POST", keycloakUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
        require(answer, 200, "get an admin token");
        return answer.json().path("access_token").asText();
    }

    private static void require(RawHttp.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException("Keycloak admin API: could not " + what + ": " + answer);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
