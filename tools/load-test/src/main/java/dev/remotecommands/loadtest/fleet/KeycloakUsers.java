package dev.remotecommands.loadtest.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.infrastructure.LocalRealm;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drivers' accounts created through Keycloak's admin REST API on the local realm (bootstrap admin admin/admin, local
 * only): the way an account comes to exist without touching any service's tables. The admin token lives 60 s, so it
 * is fetched again when it is 30 s old.
 */
public final class KeycloakUsers {

    private static final Duration ADMIN_TOKEN_REUSE = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloakUrl;
    private String adminToken;
    private long adminTokenFetched;

    public KeycloakUsers(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** Creates the user with this password (or finds it, from an earlier run); returns its id, the token subject. */
    public String ensureUser(String username, String password) {
        String user = """
                {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@load-test.example.com",\
                "firstName":"Load","lastName":"Test","credentials":[{"type":"password","value":"%s",\
                "temporary":false}]}""".formatted(username, username, password);
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() == 201) {
            String location = created.headers().firstValue("Location").orElseThrow();
            return location.substring(location.lastIndexOf('/') + 1);
        }
        if (created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created.statusCode() + " "
                    + created.body());
        }
        HttpResponse<String> found = send("GET", "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        try {
            JsonNode users = json.readTree(found.body());
            return users.path(0).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's user search answered " + found.body(), e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/"
                + LocalRealm.REALM + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return exchange(request.build());
    }

    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenFetched > ADMIN_TOKEN_REUSE.toNanos()) {
            String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
            HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(keycloakUrl
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak gave no admin token (admin/admin, local only): "
                        + answer.statusCode() + " " + answer.body());
            }
            try {
                adminToken = json.readTree(answer.body()).path("access_token").asText();
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak's token answer is not JSON: " + answer.body(), e);
            }
            adminTokenFetched = System.nanoTime();
        }
        return adminToken;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.uri(), e);
        }
    }
}
