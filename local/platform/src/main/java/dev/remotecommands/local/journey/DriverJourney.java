package dev.remotecommands.local.journey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.remotecommands.local.journey.JsonHttp.Answer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A driver's whole journey, driven over the public APIs as the mobile app (through its BFF) would: activation of
 * the service for a car, the three certification steps (with the codes read from the local SMS inbox and the
 * in-car step played on the fleet simulator), a remote session, and commands. Each step is told to the narrator
 * in the words the app shows. {@code ./run.sh} walks the demo driver through it; the system tests use it too.
 */
public final class DriverJourney {

    private static final Duration CAR_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static final String TERMINAL = "SUCCEEDED|ALREADY_DONE|FAILED|REJECTED|EXPIRED|TIMED_OUT";

    /** Where the services of this run listen. */
    public record Urls(String enrollment, String otp, String command, String simulator) {
    }

    /** A certified driver: the OIDC access token and the 7-day remote session opened with the safety code. */
    public record Session(Driver driver, String accessToken, String remoteSession) {
    }

    private final Urls urls;
    private final Function<Driver, String> accessTokens;
    private final Consumer<String> narrator;

    public DriverJourney(Urls urls, Function<Driver, String> accessTokens, Consumer<String> narrator) {
        this.urls = urls;
        this.accessTokens = accessTokens;
        this.narrator = narrator;
    }

    /**
     * Registers the car, activates the service and does whatever certification steps are still open (the account
     * steps only once for all the driver's cars), then opens a remote session.
     */
    public Session certify(Driver driver, String vin) {
        String token = accessTokens.apply(driver);
        enrollment("POST", "/v1/vehicles", token, Map.of("vin", vin, "nickname", "Car " + vin.substring(13)))
                .expectSuccess();
        if (journey(token, vin).path("status").asText().matches("NOT_SUBSCRIBED|REVOKED")) {
            activate(token, vin);
        }
        JsonNode journey = journey(token, vin);
        if (isOpen(journey, "TRUSTED_PHONE")) {
            defineTrustedPhone(driver, token);
        }
        if (isOpen(journey, "SAFETY_CODE")) {
            registerDeviceAndSetSafetyCode(driver, token);
        }
        if (isOpen(journey, "BLUETOOTH_PAIRING")) {
            pairInTheCar(driver, token, vin);
        }
        return openRemoteSession(driver, token);
    }

    /** Service store: read and accept the current terms of use of a registered car. */
    public void activate(String token, String vin) {
        String terms = enrollment("GET", "/v1/terms/remote-commands", token, null).expect(200).text("version");
        enrollment("POST", "/v1/vehicles/" + vin + "/remote-commands/activation", token,
                Map.of("termsVersion", terms, "termsAccepted", true, "preferences", Map.of("notifications", true)))
                .expect(200);
        narrator.accept("Remote Commands activated for " + vin + " (terms of use " + terms + " accepted)");
    }

    /** Step 1: the trusted phone, confirmed with the 6-digit code sent to it by SMS. */
    public void defineTrustedPhone(Driver driver, String token) {
        SmsInbox phone = new SmsInbox(urls.otp(), driver.phoneE164());
        Answer sent = enrollment("POST", "/v1/trusted-phone", token,
                Map.of("country", driver.phoneCountry(), "number", driver.phoneNational())).expect(202);
        SmsInbox.Sms sms = phone.nextCode(sent.body().path("codeLength").asInt(6));
        narrator.accept("Step 1/3  SMS to " + sent.text("phone") + ": \"" + sms.body() + "\"");
        enrollment("POST", "/v1/trusted-phone/verification", token, Map.of("code", sms.code())).expect(200);
        narrator.accept("Step 1/3  Your trusted phone number is defined!");
    }

    /** Step 2: this smartphone registered with the 9-digit code, then the 4-digit safety code, entered twice. */
    public void registerDeviceAndSetSafetyCode(Driver driver, String token) {
        SmsInbox phone = new SmsInbox(urls.otp(), driver.phoneE164());
        Answer sent = enrollment("POST", "/v1/devices", token,
                Map.of("deviceId", driver.deviceId(), "name", driver.deviceName())).expect(202);
        SmsInbox.Sms sms = phone.nextCode(sent.body().path("codeLength").asInt(9));
        narrator.accept("Step 2/3  SMS: \"" + sms.body() + "\"");
        enrollment("POST", "/v1/devices/" + driver.deviceId() + "/verification", token, Map.of("code", sms.code()))
                .expect(200);
        enrollment("PUT", "/v1/safety-code", token, Map.of("deviceId", driver.deviceId(),
                "safetyCode", driver.safetyCode(), "confirmation", driver.safetyCode())).expect(200);
        narrator.accept("Step 2/3  " + driver.deviceName() + " registered, safety code set");
    }

    /**
     * Step 3, inside the car: key in hand, engine running, privacy mode sharing; the phone hands the pairing
     * challenge to the car over Bluetooth, and the car confirms it over its own connection.
     */
    public void pairInTheCar(Driver driver, String token, String vin) {
        JsonNode session = enrollment("POST", "/v1/vehicles/" + vin + "/pairing-sessions", token,
                Map.of("deviceId", driver.deviceId())).expect(201).body();
        String sessionId = session.path("id").asText();
        simulator("PUT", "/v1/cars/" + vin + "/privacy-mode", Map.of("mode", "SHARING"));
        simulator("PUT", "/v1/cars/" + vin + "/ignition", Map.of("on", true));
        narrator.accept("Step 3/3  In " + vin + ": engine running, privacy mode allows data sharing, pairing over"
                + " Bluetooth");
        simulator("POST", "/v1/cars/" + vin + "/bluetooth-pairing",
                Map.of("challenge", session.path("challenge").asText(), "deviceId", driver.deviceId()));
        JsonNode outcome = Polling.until("the car to confirm the pairing of " + vin, CAR_TIMEOUT, () -> {
            JsonNode state = enrollment("GET", "/v1/vehicles/" + vin + "/pairing-sessions/" + sessionId, token, null)
                    .expect(200).body();
            return state.path("status").asText().equals("WAITING_FOR_VEHICLE") ? Optional.empty()
                    : Optional.of(state);
        });
        simulator("PUT", "/v1/cars/" + vin + "/ignition", Map.of("on", false));
        if (!outcome.path("status").asText().equals("DONE")) {
            throw new IllegalStateException("the pairing of " + vin + " failed: " + outcome);
        }
        narrator.accept("Step 3/3  Secured bluetooth connection done. FINISH");
        awaitActive(token, vin);
    }

    /** The safety code, entered again (every 7 days), opens a remote session. */
    public Session openRemoteSession(Driver driver, String token) {
        JsonNode session = enrollment("POST", "/v1/remote-sessions", token,
                Map.of("deviceId", driver.deviceId(), "safetyCode", driver.safetyCode())).expect(201).body();
        narrator.accept("Safety code accepted: remote session open until " + session.path("expiresAt").asText());
        return new Session(driver, token, session.path("token").asText());
    }

    /** Sends a command and waits for its terminal state; returns the command as the API shows it then. */
    public JsonNode command(Session session, String vin, String type) {
        long started = System.nanoTime();
        String id = JsonHttp.send("POST", urls.command() + "/v1/vehicles/" + vin + "/commands",
                session.accessToken(), Map.of("X-Remote-Session", session.remoteSession(),
                        "Idempotency-Key", UUID.randomUUID().toString()), Map.of("type", type))
                .expect(202).text("id");
        JsonNode command = Polling.until(type + " " + id + " to finish", COMMAND_TIMEOUT, () -> {
            JsonNode state = JsonHttp.send("GET", urls.command() + "/v1/commands/" + id, session.accessToken(),
                    Map.of(), null).expect(200).body();
            return state.path("status").asText().matches(TERMINAL) ? Optional.of(state) : Optional.empty();
        });
        narrator.accept(type + " " + vin + ": " + command.path("status").asText() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms"
                + (command.hasNonNull("message") ? " (" + command.path("message").asText() + ")" : ""));
        return command;
    }

    /**
     * Waits until the service is active for the car and the platform has heard it: command-service knows the
     * grant and the car has received its provisioning (in the app: "wait about two minutes, restart the car").
     */
    private void awaitActive(String token, String vin) {
        Polling.until("command-service to grant " + vin, CAR_TIMEOUT, () -> JsonHttp.send("GET",
                urls.command() + "/v1/vehicles/" + vin + "/state", token, Map.of(), null).status() == 200
                ? Optional.of(true) : Optional.empty());
        Polling.until(vin + " to receive its provisioning", CAR_TIMEOUT, () -> JsonHttp.send("GET",
                urls.simulator() + "/v1/cars/" + vin, null, Map.of(), null).expect(200).body()
                .path("provisioned").asBoolean() ? Optional.of(true) : Optional.empty());
    }

    private JsonNode journey(String token, String vin) {
        return enrollment("GET", "/v1/vehicles/" + vin + "/remote-commands", token, null).expect(200).body();
    }

    private static boolean isOpen(JsonNode journey, String step) {
        for (JsonNode each : journey.path("steps")) {
            if (each.path("step").asText().equals(step)) {
                return !each.path("status").asText().equals("DONE");
            }
        }
        return true;
    }

    private Answer enrollment(String method, String path, String token, Object body) {
        return JsonHttp.send(method, urls.enrollment() + path, token, Map.of(), body);
    }

    private void simulator(String method, String path, Object body) {
        JsonHttp.send(method, urls.simulator() + path, null, Map.of(), body).expectSuccess();
    }
}
