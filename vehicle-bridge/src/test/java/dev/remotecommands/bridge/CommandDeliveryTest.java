package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.infrastructure.testing.MetricsScrape;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

@QuarkusTest
class CommandDeliveryTest extends BridgeTestBase {

    private static final String MQTT_CONNECTED = "mqtt_connected";
    private static final String MQTT_RECEIVED = "mqtt_messages_received_total";
    private static final String MQTT_PUBLISHED = "mqtt_messages_published_total";

    @Test
    void anOnlineCarGetsTheSignedCommandAndItsAckEndsTheCommandWithTheCarsState() {
        MetricsScrape before = metrics();
        String vin = newVin();
        TestCar car = car(vin);
        car.presence(Presence.ONLINE);
        await().until(() -> !stateReports(vin).isEmpty());
        CommandRequested command = Commands.command(vin, CommandType.UNLOCK, Duration.ofSeconds(60));

        request(command);

        await().until(() -> car.commands().size() == 1);
        CommandMessage received = read(car.commands().get(0), CommandMessage.class);
        assertThat(received.commandId()).isEqualTo(command.commandId());
        assertThat(received.vin()).isEqualTo(vin);
        assertThat(received.type()).isEqualTo(CommandType.UNLOCK);
        assertThat(CommandSignature.verify(Commands.KEYS.getPublic(), received.signature(), received.commandId(),
                received.vin(), received.type(), received.issuedAt(), received.expiresAt()))
                .as("the car can verify the signature of what it received").isTrue();
        awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);

        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "UNLOCKED");

        CommandAcked succeeded = awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
        assertThat(succeeded.failureCause()).isNull();
        assertThat(succeeded.state().doors()).isEqualTo(DoorState.UNLOCKED);
        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.SUCCEEDED);

        // operations sees the round trip: connected, the car's presence and ack in, the command out, by topic kind
        MetricsScrape after = metrics();
        assertThat(after.sum(MQTT_CONNECTED)).isEqualTo(1);
        for (String kind : List.of("presence", "acks")) {
            assertThat(after.sum(MQTT_RECEIVED, "kind", kind)).as(kind)
                    .isGreaterThanOrEqualTo(before.sum(MQTT_RECEIVED, "kind", kind) + 1);
        }
        assertThat(after.sum(MQTT_PUBLISHED, "kind", "commands"))
                .isGreaterThanOrEqualTo(before.sum(MQTT_PUBLISHED, "kind", "commands") + 1);
        assertThat(after.labelValues()).noneMatch(value -> value.contains(vin));
    }

    @Test
    void aCarWhosePresenceIsUnknownGetsTheCommandAtOnce() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);

        request(command);

        await().until(() -> car.commands().size() == 1);
        awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);
    }

    /**
     * An ack lost on its way (a broker restart, say) must not leave the command to time out although the car did it:
     * the bridge publishes the unanswered command again after {@code bridge.resend-after} (5 s), and the car, which
     * never runs a command id twice, answers the copy with the same ack.
     */
    @Test
    void aCommandLeftUnansweredIsPublishedAgainAndTheAnswerToTheCopyCounts() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin, CommandType.LOCK, Duration.ofSeconds(60));

        request(command);
        await().until(() -> car.commands().size() == 1);

        await("the unanswered command published again").atMost(Duration.ofSeconds(15))
                .until(() -> car.commands().size() >= 2);
        assertThat(car.commands()).allMatch(json -> json.equals(car.commands().get(0)));
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
        awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
        int afterAnswer = car.commands().size();
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8))
                .until(() -> car.commands().size() == afterAnswer);
        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.SUCCEEDED);
    }

    @Test
    void aCommandDeliveredTwiceReachesTheCarOnce() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);
        CommandRequested next = Commands.command(vin, CommandType.HORN, Duration.ofSeconds(60));

        request(command);
        request(command);
        request(next);

        // Same key, same partition: once the next command arrived, both copies of the first were handled.
        await().until(() -> car.commands().stream().anyMatch(json -> json.contains(next.commandId().toString())));
        assertThat(car.commands()).filteredOn(json -> json.contains(command.commandId().toString())).hasSize(1);
        awaitStatus(vin, next.commandId(), CommandStatus.SENT_TO_VEHICLE);
        assertThat(statuses(vin, command.commandId())).containsExactly(CommandStatus.SENT_TO_VEHICLE);
    }

    @Test
    void aCommandThatExpiredBeforeArrivingNeverReachesTheCar() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested stale = Commands.command(vin, CommandType.UNLOCK, Duration.ofSeconds(-5));
        CommandRequested fresh = Commands.command(vin);

        request(stale);
        request(fresh);

        CommandAcked expired = awaitStatus(vin, stale.commandId(), CommandStatus.EXPIRED);
        assertThat(expired.failureCause()).isEqualTo(FailureCause.COMMAND_EXPIRED);
        await().until(() -> car.commands().size() == 1);
        assertThat(car.commands().get(0)).contains(fresh.commandId().toString());
        assertThat(statuses(vin, stale.commandId())).containsExactly(CommandStatus.EXPIRED);
    }

    @Test
    void onlyTheFirstAnswerCountsAndAcksForUnknownCommandsAreIgnored() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);
        request(command);
        await().until(() -> car.commands().size() == 1);

        car.ack(UUID.randomUUID(), CarOutcome.SUCCEEDED, null, "LOCKED");
        car.ack(command.commandId(), CarOutcome.FAILED, "VEHICLE_ERROR", "UNLOCKED");
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
        CommandRequested marker = Commands.command(vin, CommandType.LIGHTS, Duration.ofSeconds(60));
        request(marker);
        await().until(() -> car.commands().size() == 2);
        car.ack(marker.commandId(), CarOutcome.ALREADY_DONE, null, "UNLOCKED");

        awaitStatus(vin, marker.commandId(), CommandStatus.ALREADY_DONE);
        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.FAILED);
        assertThat(acked(vin, command.commandId()).get(1).failureCause()).isEqualTo(FailureCause.VEHICLE_ERROR);
        assertThat(acked(vin)).extracting(CommandAcked::commandId)
                .containsOnly(command.commandId(), marker.commandId());
    }

    @Test
    void theCarsStateAndPresenceAreReported() {
        String vin = newVin();
        TestCar car = car(vin);

        car.state("LOCKED", "ON", "PRIVATE");
        car.presence(Presence.ASLEEP);

        await().until(() -> stateReports(vin).size() == 2);
        assertThat(stateReports(vin)).anySatisfy(report -> {
            assertThat(report.doors()).isEqualTo(DoorState.LOCKED);
            assertThat(report.ignition()).hasToString("ON");
            assertThat(report.privacyMode()).hasToString("PRIVATE");
            assertThat(report.presence()).isNull();
        });
        assertThat(stateReports(vin)).anySatisfy(report -> {
            assertThat(report.presence()).isEqualTo(Presence.ASLEEP);
            assertThat(report.doors()).isNull();
            assertThat(report.ignition()).isNull();
        });
    }
}
