package dev.remotecommands.enrollment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What the tests do the way the BFF, otp-service and the bridge would. */
public final class Fixture {

    public static final String DEVICE = "phone-1";
    public static final String SAFETY_CODE = "4831";
    public static final String TERMS_VERSION = "2026-09";
    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final List<String> ACCOUNT_TABLES = List.of("code_request", "device", "vehicle_device",
            "pairing_session", "vehicle", "account_profile");
    private static KafkaCompanion kafka;

    private Fixture() {
    }

    // --- accounts: the two drivers are shared by every test, so each test starts them afresh ---

    /** Forgets everything this service knows about the account, as if it had never started the journey. */
    public static void forget(Account account) {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            for (String table : ACCOUNT_TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + table + " where account_id = ?")) {
                    delete.setString(1, account.id());
                    delete.executeUpdate();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset account " + account.id(), e);
        }
    }

    public static String newVin() {
        StringBuilder vin = new StringBuilder("VF7ENR");
        while (vin.length() < 17) {
            vin.append(VIN_ALPHABET.charAt(RANDOM.nextInt(VIN_ALPHABET.length())));
        }
        return vin.toString();
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
        report(vin, opened.path("challenge"), deviceId, dev.remotecommands.contracts.vehicle.IgnitionState.ON,
                dev.remotecommands.contracts.vehicle.PrivacyMode.SHARING);
        awaitPairing(account, vin, sessionId, "DONE");
        return sessionId;
    }

    /** The car's report of a pairing, as the bridge publishes it. */
    public static void report(String vin, String challenge, String deviceId,
            dev.remotecommands.contracts.vehicle.IgnitionState ignition,
            dev.remotecommands.contracts.vehicle.PrivacyMode privacy) {
        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, new dev.remotecommands.contracts.events.VehiclePairingReported(
                vin, challenge, deviceId, ignition, privacy, Instant.now()));
    }

    public static void awaitPairing(Account account, String vin, String sessionId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(pairingSession(account, vin, sessionId).path("status")));
    }

    // --- Kafka ---

    public static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return kafka;
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static void produce(String topic, String key, String payload) {
        kafka().produceStrings().fromRecords(new ProducerRecord<>(topic, key, payload))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    public static void produce(String topic, String key, Object event) {
        produce(topic, key, json(event));
    }

    /** The newest {@code OtpRequested} of the account and purpose sent at or after {@code since}. */
    public static Map<String, Object> otpRequested(Account account, OtpPurpose purpose, Instant since) {
        List<Map<String, Object>> found = events(Topics.OTP_REQUESTED, account.id(), 1, event ->
                purpose.name().equals(event.get("purpose")) && !Instant.parse((String) event.get("at")).isBefore(since));
        return found.stream().max(Comparator.comparing(event -> Instant.parse((String) event.get("at")))).orElseThrow();
    }

    /** At least {@code atLeast} events of the topic with this key that match, read from the beginning. */
    public static List<Map<String, Object>> events(String topic, String key, int atLeast,
            Predicate<Map<String, Object>> matching) {
        try (ConsumerTask<String, String> task = kafka().consumeStrings().fromTopics(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> matching(task, key, matching).size() >= atLeast);
            return matching(task, key, matching);
        }
    }

    /** Exactly {@code expected} matching events, and no more arriving during {@code quiet}. */
    public static List<Map<String, Object>> exactlyEvents(String topic, String key, int expected, Duration quiet,
            Predicate<Map<String, Object>> matching) {
        try (ConsumerTask<String, String> task = kafka().consumeStrings().fromTopics(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> matching(task, key, matching).size() >= expected);
            await().during(quiet).atMost(quiet.plusSeconds(10))
                    .until(() -> matching(task, key, matching).size() == expected);
            return matching(task, key, matching);
        }
    }

    public static List<ConsumerRecord<String, String>> records(String topic, String key, int atLeast) {
        try (ConsumerTask<String, String> task = kafka().consumeStrings().fromTopics(topic)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> task.getRecords().stream().filter(r -> key.equals(r.key())).count() >= atLeast);
            return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
        }
    }

    private static List<Map<String, Object>> matching(ConsumerTask<String, String> task, String key,
            Predicate<Map<String, Object>> matching) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).map(r -> parse(r.value()))
                .filter(matching).toList();
    }

    public static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> parse(String json) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(json, Map.class);
            return map;
        } catch (Exception e) {
            return Map.of();
        }
    }
}
