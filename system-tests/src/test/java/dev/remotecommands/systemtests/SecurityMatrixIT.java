package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.KeycloakAdmin;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.RawHttp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public endpoint of enrollment-service and command-service against the callers ARCHITECTURE §6 turns away:
 * no token, an expired token, a tampered token (401); the other driver on the demo driver's car, command and
 * device (404, never the data); the demo driver on the other driver's car (404); and the demo driver after
 * deactivating the car (commands refused, the car no longer provisioned). Car VF7DEMCAR00000007 is deactivated and
 * certified again, so other classes find it as they left it.
 */
class SecurityMatrixIT {

    private static final String VIN = "VF7DEMCAR00000007";
    /** The other driver's car (CertificationJourneyIT); the demo driver never registers it. */
    private static final String OTHER_VIN = "VF7DEMCAR00000009";

    /** What an endpoint's rows act on. */
    enum Scope {
        /** The caller's own account (the other driver reads its own, which must hold nothing of the demo driver). */
        ACCOUNT,
        /** A car ({vin}). */
        CAR,
        /** A command ({id}). */
        COMMAND,
        /** A device ({deviceId}). */
        DEVICE,
        /** Public on purpose (the command-verification key cars are provisioned with). */
        PUBLIC,
        /** A role no driver has (the BFF client's webhook-admin, operator): a driver's valid token gets 403. */
        ROLE
    }

    /** One public endpoint; {@code mutates} endpoints are called by the other driver only where they aim at the demo driver's things. */
    record Endpoint(String service, String method, String path, String body, Scope scope, boolean mutates) {

        String url(Platform platform, String vin, String commandId, String deviceId) {
            return platform.url(service) + path.replace("{vin}", vin).replace("{id}", commandId)
                    .replace("{deviceId}", deviceId).replace("{sessionId}", UUID.randomUUID().toString());
        }

        String name() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            enrollment("POST", "/v1/vehicles", "{\"vin\":\"" + VIN + "\",\"nickname\":\"Mine\"}", Scope.ACCOUNT, true),
            enrollment("GET", "/v1/vehicles", null, Scope.ACCOUNT, false),
            enrollment("GET", "/v1/terms/remote-commands", null, Scope.ACCOUNT, false),
            enrollment("POST", "/v1/vehicles/{vin}/remote-commands/activation",
                    "{\"termsVersion\":\"{terms}\",\"termsAccepted\":true,\"preferences\":{}}", Scope.CAR, true),
            enrollment("GET", "/v1/vehicles/{vin}/remote-commands", null, Scope.CAR, false),
            enrollment("DELETE", "/v1/vehicles/{vin}/remote-commands", null, Scope.CAR, true),
            enrollment("POST", "/v1/vehicles/{vin}/pairing-sessions", "{\"deviceId\":\"other-phone\"}", Scope.CAR, true),
            enrollment("GET", "/v1/vehicles/{vin}/pairing-sessions/{sessionId}", null, Scope.CAR, false),
            enrollment("POST", "/v1/trusted-phone", "{\"country\":\"FR\",\"number\":\"06 11 22 33 44\"}",
                    Scope.ACCOUNT, true),
            enrollment("GET", "/v1/trusted-phone", null, Scope.ACCOUNT, false),
            enrollment("POST", "/v1/trusted-phone/code/resend", null, Scope.ACCOUNT, true),
            enrollment("POST", "/v1/trusted-phone/verification", "{\"code\":\"000000\"}", Scope.ACCOUNT, true),
            enrollment("POST", "/v1/devices", "{\"deviceId\":\"x-phone\",\"name\":\"X\"}", Scope.ACCOUNT, true),
            enrollment("GET", "/v1/devices", null, Scope.ACCOUNT, false),
            enrollment("POST", "/v1/devices/{deviceId}/code/resend", null, Scope.DEVICE, true),
            enrollment("POST", "/v1/devices/{deviceId}/verification", "{\"code\":\"000000000\"}", Scope.DEVICE, true),
            enrollment("DELETE", "/v1/devices/{deviceId}", null, Scope.DEVICE, true),
            enrollment("PUT", "/v1/safety-code",
                    "{\"deviceId\":\"demo-phone\",\"safetyCode\":\"7391\",\"confirmation\":\"7391\"}", Scope.ACCOUNT,
                    true),
            enrollment("POST", "/v1/safety-code/change", "{\"deviceId\":\"demo-phone\",\"currentSafetyCode\":\"4831\","
                    + "\"safetyCode\":\"7391\",\"confirmation\":\"7391\"}", Scope.ACCOUNT, true),
            enrollment("POST", "/v1/safety-code/reset", null, Scope.ACCOUNT, true),
            enrollment("PUT", "/v1/trusted-phone", "{\"deviceId\":\"demo-phone\",\"safetyCode\":\"4831\","
                    + "\"country\":\"FR\",\"number\":\"06 11 22 33 45\"}", Scope.ACCOUNT, true),
            enrollment("POST", "/v1/remote-sessions", "{\"deviceId\":\"demo-phone\",\"safetyCode\":\"4831\"}",
                    Scope.ACCOUNT, true),
            command("POST", "/v1/vehicles/{vin}/commands", "{\"type\":\"LIGHTS\"}", Scope.CAR, true),
            command("GET", "/v1/vehicles/{vin}/commands", null, Scope.CAR, false),
            command("GET", "/v1/vehicles/{vin}/state", null, Scope.CAR, false),
            command("GET", "/v1/commands/{id}", null, Scope.COMMAND, false),
            command("GET", "/v1/commands/{id}/events", null, Scope.COMMAND, false),
            command("GET", "/v1/command-verification-key", null, Scope.PUBLIC, false),
            command("PUT", "/v1/webhook", "{\"url\":\"https://bff.example/hooks\",\"secret\":\"0123456789abcdef0123456789abcdef\"}",
                    Scope.ROLE, true),
            command("GET", "/v1/webhook", null, Scope.ROLE, false),
            command("DELETE", "/v1/webhook", null, Scope.ROLE, true),
            command("GET", "/v1/operator/webhook-dead-letters", null, Scope.ROLE, false),
            command("POST", "/v1/operator/webhook-dead-letters/{id}/resend", null, Scope.ROLE, true));

    private static Platform platform;
    private static Bff demo;
    private static String demoToken;
    private static String otherToken;
    private static String demoCommandId;
    private static String remoteSession;
    /** The current terms version, so that the activation row is refused for who calls it, not for old terms. */
    private static String termsVersion;
    /** endpoint name → column → status, printed at the end of each test. */
    private final Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        platform = Platform.get();
        demo = platform.certified(Driver.DEMO, VIN);
        remoteSession = platform.journey().openRemoteSession(Driver.DEMO,
                platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password())).remoteSession();
        demoToken = platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password());
        otherToken = platform.accessToken(Driver.OTHER.username(), Driver.OTHER.password());
        termsVersion = RawHttp.send("GET", platform.enrollmentServiceUrl() + "/v1/terms/remote-commands",
                bearer(demoToken), (byte[]) null).json().path("version").asText();
        demo = new Bff(platform.commandServiceUrl(), demoToken, remoteSession);
        demoCommandId = demo.accepted(VIN, "REFRESH_STATE");
        demo.awaitTerminal(demoCommandId);
    }

    @Test
    void the_matrix_covers_every_endpoint_the_services_publish() {
        Set<String> published = new TreeSet<>();
        for (String service : List.of(LocalPlatform.ENROLLMENT, LocalPlatform.COMMAND)) {
            RawHttp.Answer openapi = RawHttp.send("GET", platform.url(service) + "/q/openapi?format=json",
                    Map.of("Accept", "application/json"), (byte[]) null);
            assertThat(openapi.status()).as("OpenAPI of " + service).isEqualTo(200);
            openapi.json().path("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> published.add(method.toUpperCase() + " " + template(path.getKey()))));
        }
        Set<String> covered = new TreeSet<>();
        ENDPOINTS.forEach(endpoint -> covered.add(endpoint.method() + " " + template(endpoint.path())));
        System.out.println("[security] published endpoints: " + published.size() + ", in the matrix: " + covered.size());
        assertThat(covered).containsAll(published);
    }

    @Test
    void without_a_valid_token_every_endpoint_answers_401_and_the_other_driver_gets_404() {
        String expired = expiredToken();
        String tampered = tampered(demoToken);
        for (Endpoint endpoint : ENDPOINTS) {
            boolean open = endpoint.scope() == Scope.PUBLIC;
            expect(endpoint, "none", call(endpoint, null, VIN, demoCommandId, Driver.DEMO.deviceId()),
                    open ? 200 : 401);
            expect(endpoint, "expired", call(endpoint, expired, VIN, demoCommandId, Driver.DEMO.deviceId()),
                    open ? 200 : 401);
            expect(endpoint, "tampered", call(endpoint, tampered, VIN, demoCommandId, Driver.DEMO.deviceId()),
                    open ? 200 : 401);
            expect(endpoint, "garbage", call(endpoint, "not.a.token", VIN, demoCommandId, Driver.DEMO.deviceId()),
                    open ? 200 : 401);
            switch (endpoint.scope()) {
                case CAR, COMMAND, DEVICE -> {
                    expect(endpoint, "other", call(endpoint, otherToken, VIN, demoCommandId, Driver.DEMO.deviceId()),
                            404);
                    if (!endpoint.mutates() || endpoint.path().endsWith("/commands")) {
                        // the reverse: the demo driver on the other driver's car (and on an unknown command)
                        expect(endpoint, "reverse", call(endpoint, demoToken, OTHER_VIN, UUID.randomUUID().toString(),
                                Driver.OTHER.deviceId()), 404);
                    }
                }
                case ACCOUNT -> {
                    if (!endpoint.mutates()) {
                        // the other driver reads its own account: its data, or 404 for what it has not set up yet
                        expect(endpoint, "other", call(endpoint, otherToken, VIN, demoCommandId,
                                Driver.DEMO.deviceId()), 200, 404);
                    }
                }
                case PUBLIC -> expect(endpoint, "other", call(endpoint, otherToken, VIN, demoCommandId,
                        Driver.DEMO.deviceId()), 200);
                case ROLE -> {
                    expect(endpoint, "driver", call(endpoint, demoToken, VIN, demoCommandId, Driver.DEMO.deviceId()),
                            403);
                    expect(endpoint, "other", call(endpoint, otherToken, VIN, demoCommandId, Driver.DEMO.deviceId()),
                            403);
                }
            }
        }
        print("401 without a valid token, 404 for another account's things");
        // nothing the other driver was shown came from the demo driver's account, and the car is still the demo driver's
        assertThat(demo.maySee(VIN)).isTrue();
        assertThat(platform.car(VIN).getBoolean("provisioned")).isTrue();
    }

    @Test
    void after_deactivation_commands_are_refused_and_the_car_is_no_longer_provisioned() {
        try {
            RawHttp.Answer deactivated = RawHttp.send("DELETE",
                    platform.enrollmentServiceUrl() + "/v1/vehicles/" + VIN + "/remote-commands", bearer(demoToken),
                    (byte[]) null);
            assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).until(() -> !demo.maySee(VIN));
            await().atMost(Duration.ofSeconds(30)).until(() -> !platform.car(VIN).getBoolean("provisioned"));

            for (Endpoint endpoint : ENDPOINTS) {
                if (!endpoint.service().equals(LocalPlatform.COMMAND) || endpoint.scope() == Scope.PUBLIC
                        || endpoint.scope() == Scope.ROLE) {
                    continue;
                }
                RawHttp.Answer answer = call(endpoint, demoToken, VIN, demoCommandId, Driver.DEMO.deviceId());
                record(endpoint, "revoked", answer);
                assertThat(answer.status()).as(endpoint.name() + " after deactivation: " + answer).isLessThan(500);
                if (endpoint.method().equals("POST")) {
                    assertThat(answer.status()).as(endpoint.name() + " after deactivation: " + answer)
                            .isIn(403, 404);
                    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
                }
                if (endpoint.path().endsWith("/state")) {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
                }
            }
            RawHttp.Answer status = RawHttp.send("GET",
                    platform.enrollmentServiceUrl() + "/v1/vehicles/" + VIN + "/remote-commands", bearer(demoToken),
                    (byte[]) null);
            assertThat(status.json().path("status").asText()).isEqualTo("REVOKED");
            assertThat(platform.car(VIN).getBoolean("provisioned")).isFalse();
            print("after deactivation (demo driver, " + VIN + ")");
        } finally {
            // give the car back to the demo driver, as the other classes expect it
            var session = platform.journey().certify(Driver.DEMO, VIN);
            Bff restored = new Bff(platform.commandServiceUrl(), session.accessToken(), session.remoteSession());
            await().atMost(Duration.ofSeconds(30)).until(() -> restored.maySee(VIN));
            await().atMost(Duration.ofSeconds(30)).until(() -> platform.car(VIN).getBoolean("provisioned"));
        }
        // the restored car takes commands again
        var session = platform.journey().openRemoteSession(Driver.DEMO, demoToken);
        Bff restored = new Bff(platform.commandServiceUrl(), demoToken, session.remoteSession());
        assertThat(restored.awaitTerminal(restored.accepted(VIN, "REFRESH_STATE"))
                .getString("status")).isEqualTo("SUCCEEDED");
    }

    private void expect(Endpoint endpoint, String column, RawHttp.Answer answer, Integer... statuses) {
        record(endpoint, column, answer);
        assertThat(answer.status()).as(endpoint.name() + " [" + column + "] " + answer).isIn((Object[]) statuses);
        int status = answer.status();
        if (status >= 400) {
            assertThat(answer.isProblem()).as(endpoint.name() + " [" + column + "] is a problem: " + answer).isTrue();
        }
        if (status == 401) {
            assertThat(answer.body()).doesNotContain(VIN);
        }
        if (column.equals("other")) {
            // never the demo driver's data in what the other driver is shown (a 404 may echo the path it was asked)
            assertThat(answer.body()).as(endpoint.name() + " [other]").doesNotContain(Driver.DEMO.accountId(),
                    Driver.DEMO.phoneE164(), Driver.DEMO.phoneE164().substring(4), Driver.DEMO.deviceName(),
                    "\"doors\"");
            if (answer.status() == 200) {
                assertThat(answer.body()).as(endpoint.name() + " [other]").doesNotContain(VIN, demoCommandId,
                        Driver.DEMO.deviceId());
            }
        }
    }

    private void record(Endpoint endpoint, String column, RawHttp.Answer answer) {
        matrix.computeIfAbsent(endpoint.name(), key -> new LinkedHashMap<>()).put(column, answer.status());
    }

    private void print(String title) {
        System.out.println("[security] " + title);
        matrix.forEach((endpoint, answers) -> {
            StringBuilder line = new StringBuilder(String.format("[security]   %-52s", endpoint));
            answers.forEach((column, status) -> line.append(' ').append(column).append('=').append(status));
            System.out.println(line);
        });
    }

    private static RawHttp.Answer call(Endpoint endpoint, String token, String vin, String commandId,
            String deviceId) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (endpoint.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        if (endpoint.path().endsWith("/commands") && endpoint.method().equals("POST")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
            headers.put(RemoteSessionToken.HEADER, remoteSession);
        }
        if (endpoint.path().endsWith("/events")) {
            headers.put("Accept", "text/event-stream");
        }
        String body = endpoint.body() == null ? null : endpoint.body().replace("{terms}", termsVersion);
        return RawHttp.send(endpoint.method(), endpoint.url(platform, vin, commandId, deviceId), headers, body);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /**
     * A real token of the demo driver that has expired: the realm's access-token lifespan is lowered to 3 s for
     * the moment of one password grant, then restored, and the test waits until the token's exp has passed.
     */
    private static String expiredToken() {
        KeycloakAdmin admin = new KeycloakAdmin(platform.infrastructure().keycloak().url());
        int lifespan = admin.setAccessTokenLifespan(3);
        String token;
        try {
            token = platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password());
        } finally {
            admin.setAccessTokenLifespan(lifespan);
        }
        JsonNode claims = claims(token);
        long exp = claims.path("exp").asLong();
        assertThat(exp - claims.path("iat").asLong()).as("the short-lived token's lifetime").isLessThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().getEpochSecond() > exp + 1);
        return token;
    }

    /** The token with its payload altered (the other driver as subject) and the original signature kept. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(Driver.DEMO.accountId(), Driver.OTHER.accountId());
        assertThat(payload).contains(Driver.OTHER.accountId());
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static JsonNode claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new RawHttp.Answer(200, "application/json", payload).json();
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private static Endpoint enrollment(String method, String path, String body, Scope scope, boolean mutates) {
        return new Endpoint(LocalPlatform.ENROLLMENT, method, path, body, scope, mutates);
    }

    private static Endpoint command(String method, String path, String body, Scope scope, boolean mutates) {
        return new Endpoint(LocalPlatform.COMMAND, method, path, body, scope, mutates);
    }
}
