package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.LocalRealm;
import dev.remotecommands.infrastructure.process.HttpProbe;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gets access tokens from the local realm with the password grant, as the mobile app's login would. */
public final class TokenClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TokenClient() {
    }

    /** An access token for this user of realm {@value LocalRealm#REALM}, client {@value LocalRealm#CLIENT_ID}. */
    public static String accessToken(String keycloakUrl, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(LocalRealm.CLIENT_ID)
                + "&username=" + encode(username) + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint(keycloakUrl)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + keycloakUrl + " did not answer the token request: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalArgumentException("Keycloak refused a token for user '" + username + "' (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
        return token.group(1);
    }

    public static String tokenEndpoint(String keycloakUrl) {
        return LocalRealm.realmUrl(keycloakUrl) + "/protocol/openid-connect/token";
    }

    /** True when the realm's OIDC discovery document is served: Keycloak is up and the realm is imported. */
    static boolean realmIsServed(String keycloakUrl) {
        return HttpProbe.answersOk(LocalRealm.realmUrl(keycloakUrl) + "/.well-known/openid-configuration");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
