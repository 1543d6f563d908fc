package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.simulator.testing.BridgeProbe;
import dev.remotecommands.simulator.testing.CommandKeysTestResource;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Commands the car must refuse: unprovisioned, forged, expired, or while privacy mode forbids them. */
@QuarkusTest
class CommandRefusalTest extends WithBridgeProbe {

    @Test
    void a_bad_signature_is_rejected_and_nothing_is_executed() {
        String vin = "VF7DEMCAR00000006";
        KeyPair forger = CommandSignature.generateKeyPair();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CommandMessage forged = BridgeProbe.signedCommand(forger, vin, CommandType.UNLOCK, now, now.plusSeconds(60));

        bridge.send(forged);

        assertRejected(vin, forged, "BAD_SIGNATURE");
        given().get("/v1/cars/{vin}", vin).then()
                .body("doors", equalTo("LOCKED"))
                .body("executedCommands.count", is(0));
    }

    @Test
    void an_expired_command_is_rejected_and_nothing_is_executed() {
        String vin = "VF7DEMCAR00000006";
        Instant issuedAt = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);
        CommandMessage stale = BridgeProbe.signedCommand(CommandKeysTestResource.PLATFORM_KEYS, vin,
                CommandType.UNLOCK, issuedAt, issuedAt.plusSeconds(60));

        bridge.send(stale);

        assertRejected(vin, stale, "COMMAND_EXPIRED");
        given().get("/v1/cars/{vin}", vin).then()
                .body("doors", equalTo("LOCKED"))
                .body("executedCommands.count", is(0));
    }

    @Test
    void privacy_mode_private_rejects_commands_until_sharing_again() {
        String vin = "VF7DEMCAR00000007";
        setPrivacyMode(vin, "PRIVATE");
        CommandMessage refused = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);

        bridge.send(refused);

        AckMessage ack = assertRejected(vin, refused, "PRIVACY_MODE");
        assertThat(ack.state().privacyMode().name()).isEqualTo("PRIVATE");
        given().get("/v1/cars/{vin}", vin).then().body("doors", equalTo("LOCKED"));

        setPrivacyMode(vin, "SHARING");
        CommandMessage accepted = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);
        bridge.send(accepted);
        assertThat(bridge.awaitAck(vin, accepted.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
    }

    @Test
    void a_car_refuses_commands_before_provisioning_takes_them_after_and_refuses_them_again_once_it_is_off() {
        String vin = UNPROVISIONED;
        String platformKey = CommandSignature.encode(CommandKeysTestResource.PLATFORM_KEYS.getPublic());
        given().get("/v1/cars/{vin}", vin).then().body("provisioned", is(false)).body("devices", empty());

        CommandMessage tooEarly = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);
        bridge.send(tooEarly);
        assertRejected(vin, tooEarly, "NOT_PROVISIONED");

        try {
            bridge.provision(vin, new ProvisioningMessage(true, List.of("phone-1", "phone-2"), platformKey,
                    Instant.now()));
            await().untilAsserted(() -> given().get("/v1/cars/{vin}", vin).then()
                    .body("provisioned", is(true))
                    .body("devices", contains("phone-1", "phone-2")));
            CommandMessage accepted = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);
            bridge.send(accepted);
            assertThat(bridge.awaitAck(vin, accepted.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);

            // What vehicle-bridge publishes when the last device is revoked: remote control off, no devices.
            bridge.provision(vin, new ProvisioningMessage(false, List.of(), platformKey, Instant.now()));
            await().untilAsserted(() -> given().get("/v1/cars/{vin}", vin).then()
                    .body("provisioned", is(false))
                    .body("devices", empty()));
            CommandMessage afterRevocation = BridgeProbe.signedCommand(vin, CommandType.LOCK);
            bridge.send(afterRevocation);
            assertRejected(vin, afterRevocation, "NOT_PROVISIONED");
            given().get("/v1/cars/{vin}", vin).then().body("doors", equalTo("UNLOCKED"));
        } finally {
            bridge.publish(VehicleTopics.of(vin, VehicleTopics.PROVISIONING), "", true);
        }
    }

    @Test
    void the_provisioned_key_is_the_one_that_counts() {
        String vin = UNPROVISIONED;
        KeyPair rotated = CommandSignature.generateKeyPair();
        bridge.provision(vin, new ProvisioningMessage(true, List.of("phone-1"),
                CommandSignature.encode(rotated.getPublic()), Instant.now()));
        try {
            await().untilAsserted(() ->
                    given().get("/v1/cars/{vin}", vin).then().body("provisioned", is(true)));

            CommandMessage configuredKey = BridgeProbe.signedCommand(vin, CommandType.LIGHTS);
            bridge.send(configuredKey);
            assertRejected(vin, configuredKey, "BAD_SIGNATURE");

            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CommandMessage provisionedKey = BridgeProbe.signedCommand(rotated, vin, CommandType.LIGHTS, now,
                    now.plusSeconds(60));
            bridge.send(provisionedKey);
            assertThat(bridge.awaitAck(vin, provisionedKey.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        } finally {
            // An empty retained message clears the provisioning.
            bridge.publish(VehicleTopics.of(vin, VehicleTopics.PROVISIONING), "", true);
            await().untilAsserted(() ->
                    given().get("/v1/cars/{vin}", vin).then().body("provisioned", is(false)));
        }
    }

    private static AckMessage assertRejected(String vin, CommandMessage command, String reason) {
        AckMessage ack = bridge.awaitAck(vin, command.commandId());
        assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
        assertThat(ack.reason()).isEqualTo(reason);
        return ack;
    }

    private static void setPrivacyMode(String vin, String mode) {
        given().contentType(ContentType.JSON).body("{\"mode\": \"" + mode + "\"}")
                .put("/v1/cars/{vin}/privacy-mode", vin)
                .then().statusCode(200).body("privacyMode", equalTo(mode));
    }
}
