package dev.remotecommands.bridge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.Presence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

class PayloadsTest {

    private static final String VIN = "VF7TESTCAR0000002";
    private static final String ACKS = "vehicles/" + VIN + "/acks";

    // Configured like Quarkus' own ObjectMapper.
    private final Payloads payloads = new Payloads(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAnAckWithTheVinOfItsTopic() {
        UUID id = UUID.randomUUID();
        VehicleReport<AckMessage> report = payloads.ack(ACKS, utf8("""
                {"commandId":"%s","outcome":"SUCCEEDED","state":{"doors":"LOCKED","ignition":"OFF",
                 "privacyMode":"SHARING"},"at":"2026-11-26T10:00:00Z","extra":"ignored"}""".formatted(id)));
        assertThat(report.vin()).isEqualTo(VIN);
        assertThat(report.payload().commandId()).isEqualTo(id);
        assertThat(report.payload().outcome()).isEqualTo(CarOutcome.SUCCEEDED);
    }

    @Test
    void garbageAnUnknownOutcomeOrAMissingIdAreUnreadable() {
        assertThatThrownBy(() -> payloads.ack(ACKS, utf8("not json at all"))).isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack(ACKS, new byte[0])).isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack(ACKS, utf8("null"))).isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack(ACKS, utf8("""
                {"commandId":"%s","outcome":"EXPLODED"}""".formatted(UUID.randomUUID()))))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack(ACKS, utf8("{\"outcome\":\"SUCCEEDED\"}")))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack(ACKS, utf8("{\"commandId\":\"not-a-uuid\",\"outcome\":\"FAILED\"}")))
                .isInstanceOf(UnreadablePayload.class);
    }

    @Test
    void aTopicWithoutAValidVinIsUnreadable() {
        byte[] ack = utf8("{\"commandId\":\"%s\",\"outcome\":\"SUCCEEDED\"}".formatted(UUID.randomUUID()));
        assertThatThrownBy(() -> payloads.ack("vehicles/NOT-A-VIN/acks", ack)).isInstanceOf(UnreadablePayload.class)
                .hasMessageContaining("vehicles/NOT-A-VIN/acks");
        assertThatThrownBy(() -> payloads.ack("vehicles/VF7IOQCAR00000001/acks", ack))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.ack("elsewhere/acks", ack)).isInstanceOf(UnreadablePayload.class);
    }

    @Test
    void presenceNeedsAKnownStatus() {
        assertThat(payloads.presence("vehicles/" + VIN + "/presence",
                utf8("{\"status\":\"ASLEEP\",\"at\":\"2026-11-26T10:00:00Z\"}")).payload().status())
                .isEqualTo(Presence.ASLEEP);
        assertThatThrownBy(() -> payloads.presence("vehicles/" + VIN + "/presence", utf8("{\"status\":\"NAPPING\"}")))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.presence("vehicles/" + VIN + "/presence", utf8("{}")))
                .isInstanceOf(UnreadablePayload.class);
    }

    @Test
    void aCommandRequestedThatBreaksTheContractIsUnreadable() {
        assertThatThrownBy(() -> payloads.commandRequested("{oops")).isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.commandRequested(null)).isInstanceOf(UnreadablePayload.class);
        // A malformed VIN is refused by the event record itself.
        assertThatThrownBy(() -> payloads.commandRequested("""
                {"commandId":"%s","vin":"SHORT","accountId":"a","type":"LOCK","issuedAt":"2026-11-26T10:00:00Z",
                 "expiresAt":"2026-11-26T10:01:00Z","signature":"c2ln"}""".formatted(UUID.randomUUID())))
                .isInstanceOf(UnreadablePayload.class);
    }

    @Test
    void theCommandMessageKeepsTheSignedInstantsToTheNanosecond() throws Exception {
        Instant issued = Instant.parse("2026-11-26T10:00:00.123456789Z");
        Instant expires = Instant.parse("2026-11-26T10:01:00.123456789Z");
        CommandRequested command = new CommandRequested(UUID.randomUUID(), VIN, "account", CommandType.UNLOCK, issued,
                expires, "c2lnbmF0dXJl");
        String message = payloads.commandMessage(command);
        assertThat(message).contains("\"issuedAt\":\"2026-11-26T10:00:00.123456789Z\"")
                .contains("\"expiresAt\":\"2026-11-26T10:01:00.123456789Z\"")
                .contains("\"signature\":\"c2lnbmF0dXJl\"")
                .contains("\"vin\":\"" + VIN + "\"")
                .doesNotContain("accountId");
    }

    @Test
    void aPairingReportNeedsChallengeDeviceIgnitionAndPrivacyMode() {
        String topic = "vehicles/" + VIN + "/pairing";
        VehicleReport<PairingMessage> report = payloads.pairing(topic, utf8("""
                {"challenge":"c-1","deviceId":"phone-1","ignition":"ON","privacyMode":"SHARING"}"""));
        assertThat(report.vin()).isEqualTo(VIN);
        assertThat(report.payload().challenge()).isEqualTo("c-1");
        assertThat(report.payload().at()).as("optional: the bridge uses the receive time").isNull();

        for (String incomplete : List.of(
                "{\"deviceId\":\"phone-1\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}",
                "{\"challenge\":\" \",\"deviceId\":\"phone-1\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}",
                "{\"challenge\":\"c\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}",
                "{\"challenge\":\"c\",\"deviceId\":\"phone-1\",\"privacyMode\":\"SHARING\"}",
                "{\"challenge\":\"c\",\"deviceId\":\"phone-1\",\"ignition\":\"ON\"}",
                "{\"challenge\":\"c\",\"deviceId\":\"phone-1\",\"ignition\":\"ON\",\"privacyMode\":\"OPEN\"}")) {
            assertThatThrownBy(() -> payloads.pairing(topic, utf8(incomplete))).as(incomplete)
                    .isInstanceOf(UnreadablePayload.class);
        }
        String overlong = "{\"challenge\":\"" + "x".repeat(Payloads.MAX_PAIRING_FIELD + 1)
                + "\",\"deviceId\":\"phone-1\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}";
        assertThatThrownBy(() -> payloads.pairing(topic, utf8(overlong))).isInstanceOf(UnreadablePayload.class);
        // a NUL (which PostgreSQL text refuses) would otherwise fail its insert on every retry
        String withNul = "{\"challenge\":\"c\\u0000\",\"deviceId\":\"phone-1\",\"ignition\":\"ON\","
                + "\"privacyMode\":\"SHARING\"}";
        assertThatThrownBy(() -> payloads.pairing(topic, utf8(withNul))).isInstanceOf(UnreadablePayload.class);
    }

    @Test
    void enrollmentEventsWithoutAccountOrWithABadVinAreUnreadable() {
        assertThat(payloads.enrollmentCompleted("""
                {"accountId":"a-1","vin":"%s","deviceId":"phone-1","at":"2026-11-26T10:00:00Z"}""".formatted(VIN))
                .deviceId()).isEqualTo("phone-1");
        assertThat(payloads.enrollmentRevoked("""
                {"accountId":"a-1","vin":"%s","at":"2026-11-26T10:00:00Z"}""".formatted(VIN)).deviceId()).isNull();
        assertThatThrownBy(() -> payloads.enrollmentCompleted("""
                {"vin":"%s","deviceId":"phone-1","at":"2026-11-26T10:00:00Z"}""".formatted(VIN)))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.enrollmentRevoked("""
                {"accountId":"a-1","vin":"NOT-A-VIN","at":"2026-11-26T10:00:00Z"}"""))
                .isInstanceOf(UnreadablePayload.class);
        assertThatThrownBy(() -> payloads.enrollmentRevoked(null)).isInstanceOf(UnreadablePayload.class);
    }
}
