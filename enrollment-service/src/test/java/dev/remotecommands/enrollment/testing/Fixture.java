package dev.remotecommands.enrollment.testing;

import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestDatabase;
import dev.remotecommands.infrastructure.testing.TestKafka;
import dev.remotecommands.infrastructure.testing.TestVins;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What the tests do the way the BFF, otp-service and the bridge would. */
public final class Fixture {

    public static final String DEVICE = "phone-1";
    public static final String SAFETY_CODE = "4831";
    public static final String TERMS_VERSION = "2026-09";
    private static final List<String> ACCOUNT_TABLES = List.of("code_request", "device", "vehicle_device",
            "pairing_session", "vehicle", "account_profile");

    private Fixture() {
    }

    // --- accounts: the two drivers are shared by every test, so each test starts them afresh ---

    /** Forgets everything this service knows about the account, as if it had never started the journey. */
    public static void forget(Account account) {
        for (String table : ACCOUNT_TABLES) {
            TestDatabase.update("delete from " + table + " where account_id = ?", account.id());
        }
    }

    public static String newVin() {
        return TestVins.fresh("VF7ENR");
    }

    // --- REST as the BFF ---

    public static RequestSpecification as(Account account) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON);
    }

    public static Response registerVehicle(Account account, String vin) {
        return as(account).body(Map.of("vin", vin, "nickname", "Family car")).post("/v1/vehicles");
    }

    public static Response activate(Account account, String vin) {
        return as(account).body(Map.of("termsVersion", TERMS_VERSION, "termsAccepted", true,
                "preferences", Map.of("notifications", true))).post("/v1/vehicles/{vin}/remote-commands/activation", vin);
    }

    public static Response journey(Account account, String vin) {
        return as(account).get("/v1/vehicles/{vin}/remote-commands", vin);
    }

    public static Response postPhone(Account account) {
        return as(account).body(Map.of("country", "FR", "number", "06 12 34 56 78")).post("/v1/trusted-phone");
    }

    public static Response verifyPhone(Account account, String code) {
        return as(account).body(Map.of("code", code)).post("/v1/trusted-phone/verification");
    }

    public static Response postDevice(Account account, String deviceId) {
        return as(account).body(Map.of("deviceId", deviceId, "name", "Pixel")).post("/v1/devices");
    }

    public static Response verifyDevice(Account account, String deviceId, String code) {
        return as(account).body(Map.of("code", code)).post("/v1/devices/{id}/verification", deviceId);
    }

    public static Response putSafetyCode(Account account, String deviceId, String code, String confirmation) {
        return as(account).body(Map.of("deviceId", deviceId, "safetyCode", code, "confirmation", confirmation))
                .put("/v1/safety-code");
    }

    public static Response openPairing(Account account, String vin, String deviceId) {
        return as(account).body(Map.of("deviceId", deviceId)).post("/v1/vehicles/{vin}/pairing-sessions", vin);
    }

    public static Response pairingSession(Account account, String vin, String id) {
        return as(account).get("/v1/vehicles/{vin}/pairing-sessions/{id}", vin, id);
    }

    public static Response openRemoteSession(Account account, String deviceId, String safetyCode) {
        return as(account).body(Map.of("deviceId", deviceId, "safetyCode", safetyCode)).post("/v1/remote-sessions");
    }

    public static void expect(Response response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": "
                    + response.asString());
        }
    }

    // --- whole steps ---

    /** A registered, activated vehicle. */
    public static String activatedVehicle(Account account) {
        String vin = newVin();
        expect(registerVehicle(account, vin), 201);
        expect(activate(account, vin), 200);
        return vin;
    }

    /** Step 1 done: the trusted phone is defined. */
    public static void trustedPhone(Account account) {
        Instant since = now();
        expect(postPhone(account), 202);
        String requestId = otpRequested(account, OtpPurpose.TRUSTED_PHONE, since).get("requestId").toString();
        FakeOtpService.expectCode(requestId, "123456");
        expect(verifyPhone(account, "123456"), 200);
    }

    /** The device is registered (step 1 must be done). */
    public static void registeredDevice(Account account, String deviceId) {
        Instant since = now();
        expect(postDevice(account, deviceId), 202);
        String requestId = otpRequested(account, OtpPurpose.DEVICE_REGISTRATION, since).get("requestId").toString();
        FakeOtpService.expectCode(requestId, "123456789");
        expect(verifyDevice(account, deviceId, "123456789"), 200);
    }

    /** Steps 1 and 2 done for the account, with {@link #DEVICE} and {@link #SAFETY_CODE}. */
    public static void certifiedAccount(Account account) {
        trustedPhone(account);
        registeredDevice(account, DEVICE);
        expect(putSafetyCode(account, DEVICE, SAFETY_CODE, SAFETY_CODE), 200);
    }

    /** Step 3 done: the car confirmed the pairing of this device and the vehicle is ACTIVE. */
    public static String pairedVehicle(Account account, String vin, String deviceId) {
        Response opened = openPairing(account, vin, deviceId);
        expect(opened, 201);
        String sessionId = opened.path("id");
        report(vin, opened.path("challenge"), deviceId, IgnitionState.ON,
                PrivacyMode.SHARING);
        awaitPairing(account, vin, sessionId, "DONE");
        return sessionId;
    }

    /** The car's report of a pairing, as the bridge publishes it. */
    public static void report(String vin, String challenge, String deviceId,
            IgnitionState ignition,
            PrivacyMode privacy) {
        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, new VehiclePairingReported(
                vin, challenge, deviceId, ignition, privacy, Instant.now()));
    }

    public static void awaitPairing(Account account, String vin, String sessionId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(pairingSession(account, vin, sessionId).path("status")));
    }

    // --- Kafka ---

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The newest {@code OtpRequested} of the account and purpose sent at or after {@code since}. */
    public static Map<String, Object> otpRequested(Account account, OtpPurpose purpose, Instant since) {
        List<Map<String, Object>> found = TestKafka.events(Topics.OTP_REQUESTED, account.id(), 1, event ->
                purpose.name().equals(event.get("purpose")) && !Instant.parse((String) event.get("at")).isBefore(since));
        return found.stream().max(Comparator.comparing(event -> Instant.parse((String) event.get("at")))).orElseThrow();
    }

    /** What Prometheus would scrape from the service now. */
    public static MetricsScrape metrics() {
        return MetricsScrape.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The account's {@code RemoteSessionsEnded} for this reason whose sessions-valid-from is after {@code since}. */
    public static Map<String, Object> sessionsEnded(Account account, SessionsEndReason reason, Instant since) {
        return TestKafka.events(Topics.REMOTE_SESSIONS_ENDED, account.id(), 1, event ->
                reason.name().equals(event.get("reason")) && Instant.parse((String) event.get("validFrom")).isAfter(since))
                .get(0);
    }
}
