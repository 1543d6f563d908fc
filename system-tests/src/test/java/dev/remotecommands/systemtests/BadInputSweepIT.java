package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.infrastructure.testing.MalformedBodies;
import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.KeycloakAdmin;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.RawHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated corpus of malformed requests to every endpoint of the four services that take input: bodies of the
 * wrong shape, wrong JSON types, missing and null fields, huge and hostile strings, deep nesting, bad UTF-8, wrong
 * and missing content types, bad path parameters and query parameters, bad headers. Not one answer may be a 5xx,
 * and every 4xx is an {@code application/problem+json} with type, title, status and detail. Every endpoint that takes
 * a body also gets the corpus the services' own tests send ({@link MalformedBodies}), each answer judged by its case:
 * 400 malformed, 413, 415 or 422 naming the field.
 * <p>
 * The enrollment requests run as an account of their own, created in the realm for this class, so nothing they
 * change touches another test's driver; command requests run as the demo driver on VF7DEMCAR00000007 (the only
 * valid request the corpus can produce there is a harmless REFRESH_STATE); the simulator's car 7 is put back to
 * ignition off and privacy mode SHARING afterwards.
 */
class BadInputSweepIT {

    private static final String VIN = "VF7DEMCAR00000007";
    /**
     * A request line over 4096 characters (414) or headers over 20 KB (431) are refused by the HTTP codec before any
     * service code runs, with an empty body: no problem can be written there. They are counted and printed apart;
     * everything that reaches a service must be a problem.
     */
    private static final Set<Integer> TRANSPORT_REFUSALS = Set.of(414, 431);
    private final List<String> transportRefusals = new ArrayList<>();
    private static final String SWEEP_VIN = "VF7SWEEPCAR000001";
    private static final String HUGE = "x".repeat(120_000);
    private static final String LONG = "y".repeat(10_000);
    private static final String SEGMENT = "z".repeat(10_240);

    /** One endpoint: where, as whom, its valid body's fields (JSON fragments), which path parameters it has. */
    record Target(String service, String method, String path, Map<String, String> fields, Supplier<Map<String, String>> headers) {

        boolean takesBody() {
            return fields != null;
        }
    }

    private static Platform platform;
    private static String sweepToken;
    private static String demoToken;
    private static String remoteSession;

    private final Map<Integer, Integer> histogram = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private int sent;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        Bff demo = platform.certified(Driver.DEMO, VIN);
        demoToken = platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password());
        remoteSession = platform.journey().openRemoteSession(Driver.DEMO, demoToken).remoteSession();
        String username = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        new KeycloakAdmin(platform.infrastructure().keycloak().url()).createUser(username, username);
        sweepToken = platform.accessToken(username, username);
        assertThat(demo).isNotNull();
    }

    @Test
    void no_malformed_request_gets_a_5xx_and_every_refusal_is_a_problem() {
        try {
            for (Target target : targets()) {
                sweep(target);
            }
        } finally {
            restoreCar();
        }
        System.out.println("[sweep] requests sent: " + sent + ", status histogram: " + histogram);
        accepted.stream().limit(40).forEach(line -> System.out.println("[sweep] accepted (2xx): " + line));
        transportRefusals.stream().limit(10).forEach(line -> System.out.println("[sweep] refused by HTTP: " + line));
        violations.stream().limit(60).forEach(line -> System.out.println("[sweep] VIOLATION " + line));
        assertThat(sent).isGreaterThan(1000);
        assertThat(violations).as("requests answered 5xx or with a 4xx that is not a problem").isEmpty();
    }

    @Test
    void a_malformed_vin_in_a_path_is_the_same_400_from_every_service() {
        List<String> answers = new ArrayList<>();
        for (Target target : targets()) {
            if (target.path().contains("{vin}")) {
                String path = path(target, "NOT-A-VIN", valid(target, "{id}"), "sweep-phone", "20", "%2B33600000017");
                Map<String, String> headers = new LinkedHashMap<>(target.headers().get());
                headers.putAll(json());
                RawHttp.Answer answer = RawHttp.send(target.method(), platform.url(target.service()) + path, headers,
                        validBody(target));
                answers.add(target.service() + " " + target.method() + " " + target.path() + " → " + answer.status()
                        + " " + (answer.isProblem() ? answer.json().path("type").asText() : answer));
            }
        }
        assertThat(answers).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(line)
                .contains("→ 400 https://").endsWith("/problems/malformed-vin"));
    }

    private List<Target> targets() {
        String enrollment = LocalPlatform.ENROLLMENT;
        String command = LocalPlatform.COMMAND;
        String otp = LocalPlatform.OTP;
        String simulator = LocalPlatform.SIMULATOR;
        Supplier<Map<String, String>> sweeper = () -> Map.of("Authorization", "Bearer " + sweepToken);
        Supplier<Map<String, String>> driver = () -> Map.of("Authorization", "Bearer " + demoToken);
        Supplier<Map<String, String>> commander = () -> Map.of("Authorization", "Bearer " + demoToken,
                "Idempotency-Key", UUID.randomUUID().toString(), RemoteSessionToken.HEADER, remoteSession);
        Supplier<Map<String, String>> nobody = Map::of;
        return List.of(
                new Target(enrollment, "POST", "/v1/vehicles",
                        fields("vin", q(SWEEP_VIN), "nickname", q("Sweep")), sweeper),
                new Target(enrollment, "GET", "/v1/vehicles/{vin}/remote-commands", null, sweeper),
                new Target(enrollment, "POST", "/v1/vehicles/{vin}/remote-commands/activation",
                        fields("termsVersion", q("1"), "termsAccepted", "true", "preferences", "{}"), sweeper),
                new Target(enrollment, "DELETE", "/v1/vehicles/{vin}/remote-commands", null, sweeper),
                new Target(enrollment, "POST", "/v1/vehicles/{vin}/pairing-sessions",
                        fields("deviceId", q("sweep-phone")), sweeper),
                new Target(enrollment, "GET", "/v1/vehicles/{vin}/pairing-sessions/{id}", null, sweeper),
                new Target(enrollment, "POST", "/v1/trusted-phone",
                        fields("country", q("FR"), "number", q("06 00 00 00 17")), sweeper),
                new Target(enrollment, "PUT", "/v1/trusted-phone", fields("deviceId", q("sweep-phone"),
                        "safetyCode", q("7391"), "country", q("FR"), "number", q("06 00 00 00 17")), sweeper),
                new Target(enrollment, "POST", "/v1/trusted-phone/code/resend", Map.of(), sweeper),
                new Target(enrollment, "POST", "/v1/trusted-phone/verification", fields("code", q("000000")),
                        sweeper),
                new Target(enrollment, "POST", "/v1/devices", fields("deviceId", q("sweep-phone"), "name", q("S")),
                        sweeper),
                new Target(enrollment, "POST", "/v1/devices/{deviceId}/code/resend", Map.of(), sweeper),
                new Target(enrollment, "POST", "/v1/devices/{deviceId}/verification", fields("code", q("000000000")),
                        sweeper),
                new Target(enrollment, "DELETE", "/v1/devices/{deviceId}", null, sweeper),
                new Target(enrollment, "PUT", "/v1/safety-code",
                        fields("deviceId", q("sweep-phone"), "safetyCode", q("7391"), "confirmation", q("7391")),
                        sweeper),
                new Target(enrollment, "POST", "/v1/safety-code/change", fields("deviceId", q("sweep-phone"),
                        "currentSafetyCode", q("7391"), "safetyCode", q("8264"), "confirmation", q("8264")), sweeper),
                new Target(enrollment, "POST", "/v1/safety-code/reset", Map.of(), sweeper),
                new Target(enrollment, "POST", "/v1/remote-sessions",
                        fields("deviceId", q("sweep-phone"), "safetyCode", q("7391")), sweeper),
                new Target(command, "POST", "/v1/vehicles/{vin}/commands", fields("type", q("REFRESH_STATE")),
                        commander),
                new Target(command, "GET", "/v1/vehicles/{vin}/commands?limit={limit}", null, driver),
                new Target(command, "GET", "/v1/vehicles/{vin}/state", null, driver),
                new Target(command, "GET", "/v1/commands/{id}", null, driver),
                new Target(command, "GET", "/v1/commands/{id}/events", null, driver),
                new Target(otp, "POST", "/internal/v1/otp-challenges/{id}/verification", fields("code", q("123456")),
                        nobody),
                new Target(otp, "GET", "/dev/sms?phone={phone}", null, nobody),
                new Target(simulator, "GET", "/v1/cars/{vin}", null, nobody),
                new Target(simulator, "PUT", "/v1/cars/{vin}/ignition", fields("on", "false"), nobody),
                new Target(simulator, "PUT", "/v1/cars/{vin}/privacy-mode", fields("mode", q("SHARING")), nobody),
                new Target(simulator, "POST", "/v1/cars/{vin}/sleep", null, nobody),
                new Target(simulator, "POST", "/v1/cars/{vin}/wake-up", null, nobody),
                new Target(simulator, "POST", "/v1/cars/{vin}/bluetooth-pairing",
                        fields("challenge", q("sweep"), "deviceId", q("sweep-phone")), nobody));
    }

    private void sweep(Target target) {
        String validPath = path(target, valid(target, "{vin}"), valid(target, "{id}"), "sweep-phone", "20", "%2B33600000017");
        // bad path and query parameters, with the valid body
        for (String bad : List.of("abc", "VF7DEMCAR0000000I", "vf7demcar00000007", "VF7DEMCAR000000077", "%00",
                "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%20", "%0A", "1'%20OR%20'1'%3D'1", "%3Cscript%3E", SEGMENT)) {
            for (String parameter : List.of("{vin}", "{id}", "{deviceId}", "{limit}", "{phone}")) {
                if (target.path().contains(parameter)) {
                    String path = path(target, parameter.equals("{vin}") ? bad : valid(target, "{vin}"),
                            parameter.equals("{id}") ? bad : valid(target, "{id}"),
                            parameter.equals("{deviceId}") ? bad : "sweep-phone",
                            parameter.equals("{limit}") ? bad : "20", parameter.equals("{phone}") ? bad : "%2B33600000017");
                    send(target, path, json(), validBody(target));
                }
            }
        }
        if (target.path().endsWith("/sleep")) {
            return; // only bad cars: putting car 7 to sleep would change what other classes find
        }
        for (String limit : List.of("-1", "0", "100000000000", "1e3", "")) {
            if (target.path().contains("{limit}")) {
                send(target, path(target, VIN, "", "", limit, ""), json(), null);
            }
        }
        // bad headers
        if (target.path().endsWith("/commands") && target.method().equals("POST")) {
            for (String key : List.of("not-a-uuid", "", " ", LONG, "1-2-3-4-5", "../../etc")) {
                send(target, validPath, headers("Idempotency-Key", key), validBody(target));
            }
            for (String session : List.of("x".repeat(100_000), "x".repeat(15_000), "a.b.c", "", "Bearer x")) {
                send(target, validPath, headers(RemoteSessionToken.HEADER, session), validBody(target));
            }
        }
        for (String authorization : List.of("Basic Zm9vOmJhcg==", "Bearer", "Bearer " + LONG, "bearer a.b.c")) {
            send(target, validPath, headers("Authorization", authorization), validBody(target));
        }
        send(target, validPath, headers("Accept", "application/xml"), validBody(target));
        if (!target.takesBody()) {
            return;
        }
        // bodies of the wrong shape
        for (String raw : List.of("", " ", "{", "}", "not json", "[]", "null", "\"text\"", "123", "true", "{\"a\":",
                "{\"a\":1,}", "{'a':1}", "[".repeat(1_500) + "]".repeat(1_500),
                "{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100), "{\"x\":\"" + HUGE + "\"}")) {
            send(target, validPath, json(), raw.getBytes(StandardCharsets.UTF_8));
        }
        // bad UTF-8 and wrong content types
        send(target, validPath, json(), badUtf8(target));
        send(target, validPath, Map.of("Content-Type", "application/json; charset=UTF-8"), badUtf8(target));
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=bogus", "*/*", "application/octet-stream")) {
            send(target, validPath, Map.of("Content-Type", contentType), validBody(target));
        }
        send(target, validPath, Map.of(), validBody(target));
        if (target.fields().isEmpty()) {
            return;
        }
        sweepGeneratedBodies(target, validPath);
        // each field: missing, of the wrong type, null, huge or hostile
        for (String field : target.fields().keySet()) {
            send(target, validPath, json(), body(target, field, null));
            for (String bad : List.of("12345", "true", "[]", "{}", "null", "1.5e308", "-1", q(""), q(" "),
                    q("\\u0000"), q("\\ud800"), q("' OR 1=1 --"), q("<script>alert(1)</script>"), q(LONG), q(HUGE),
                    q("FLY_TO_THE_MOON"), "[" + q("a") + "]", "{\"nested\":{\"deeper\":[1,2,3]}}")) {
                send(target, validPath, json(), body(target, field, bad));
            }
        }
    }

    /**
     * The generated corpus of the services' own tests ({@link MalformedBodies}: a key twice, each field of the wrong
     * type, trailing garbage, deep nesting, huge numbers and strings, invalid UTF-8, no or the wrong Content-Type),
     * each answer judged by what its case calls for: the status, a problem, the field it names.
     */
    private void sweepGeneratedBodies(Target target, String validPath) {
        for (MalformedBodies.Case bad : MalformedBodies.of(target.fields())) {
            Map<String, String> headers = new LinkedHashMap<>(target.headers().get());
            if (bad.contentType() != null) {
                headers.put("Content-Type", bad.contentType());
            }
            RawHttp.Answer answer = RawHttp.send(target.method(), platform.url(target.service()) + validPath, headers,
                    bad.body());
            sent++;
            histogram.merge(answer.status(), 1, Integer::sum);
            String complaint = bad.complaint(answer.status(), answer.contentType(), answer.body());
            if (complaint != null) {
                violations.add(target.method() + " " + RawHttp.abbreviate(validPath) + " " + complaint);
            }
        }
    }

    private void send(Target target, String path, Map<String, String> extraHeaders, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(target.headers().get());
        headers.putAll(extraHeaders);
        headers.values().removeIf(String::isEmpty);
        String url = platform.url(target.service()) + path;
        RawHttp.Answer answer = RawHttp.send(target.method(), url, headers, body);
        sent++;
        histogram.merge(answer.status(), 1, Integer::sum);
        String request = target.method() + " " + RawHttp.abbreviate(path) + " " + RawHttp.abbreviate(
                extraHeaders.toString()) + " body=" + (body == null ? "none"
                        : RawHttp.abbreviate(new String(body, StandardCharsets.UTF_8)));
        if (TRANSPORT_REFUSALS.contains(answer.status())) {
            transportRefusals.add(request + " → " + answer.status());
        } else if (answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblem())) {
            violations.add(request + " → " + answer);
        } else if (answer.status() < 300) {
            accepted.add(request + " → " + answer.status());
        }
    }

    private static String path(Target target, String vin, String id, String deviceId, String limit, String phone) {
        return target.path().replace("{vin}", vin).replace("{id}", id).replace("{deviceId}", deviceId)
                .replace("{limit}", limit).replace("{phone}", phone);
    }

    private static String valid(Target target, String parameter) {
        if (parameter.equals("{vin}")) {
            return target.service().equals(LocalPlatform.ENROLLMENT) ? SWEEP_VIN : VIN;
        }
        return UUID.randomUUID().toString();
    }

    private static byte[] validBody(Target target) {
        return target.takesBody() ? body(target, null, null) : null;
    }

    /** The target's body with one field replaced by a bad JSON fragment, or left out when the fragment is null. */
    private static byte[] body(Target target, String field, String fragment) {
        StringBuilder json = new StringBuilder("{");
        target.fields().forEach((name, value) -> {
            if (name.equals(field) && fragment == null) {
                return;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(q(name)).append(':').append(name.equals(field) ? fragment : value);
        });
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] badUtf8(Target target) {
        String field = target.fields().isEmpty() ? "x" : target.fields().keySet().iterator().next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{" + q(field) + ":\"").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, (byte) 0xC0, (byte) 0xAF});
        bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private void restoreCar() {
        RawHttp.send("POST", platform.simulatorUrl() + "/v1/cars/" + VIN + "/wake-up", Map.of(), (byte[]) null);
        RawHttp.send("PUT", platform.simulatorUrl() + "/v1/cars/" + VIN + "/ignition", json(), "{\"on\":false}");
        RawHttp.send("PUT", platform.simulatorUrl() + "/v1/cars/" + VIN + "/privacy-mode", json(),
                "{\"mode\":\"SHARING\"}");
    }

    private static Map<String, String> fields(String... namesAndFragments) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFragments.length; i += 2) {
            fields.put(namesAndFragments[i], namesAndFragments[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static Map<String, String> headers(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(json());
        headers.put(name, value);
        return headers;
    }

    /** A JSON string literal (the text is used as is: escapes in it stay escapes). */
    private static String q(String text) {
        return "\"" + text + "\"";
    }
}
