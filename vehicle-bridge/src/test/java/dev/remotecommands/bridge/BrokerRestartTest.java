package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.messaging.BrokerSession;
import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.infrastructure.Infrastructure;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/**
 * The bridge's MQTT connection is dropped (the broker restarts) and comes back: a command requested right then still
 * reaches the car within seconds, and the bridge subscribes again to its shared subscriptions and hears the cars'
 * acks, state and presence as before. Runs last, so that its broker restart disturbs no other class.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class BrokerRestartTest extends BridgeTestBase {

    @Inject
    BrokerSession broker;

    /** The broker starts in a few seconds and the bridge retries every second. */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

    /**
     * A command requested while the bridge is still reconnecting fails to publish and is published again by the
     * sweep: reconnect interval 1 s + sweep interval 1 s + {@code bridge.republish-after} 2 s, with room for a busy
     * machine. Far below the command's own lifetime, so a stalled publication fails here, not as a time-out.
     */
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(10);

    @Test
    void afterItsConnectionIsRestoredTheBridgeDeliversCommandsAndHearsAcksStateAndPresenceAgain() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);
        request(command);
        await().until(() -> car.commands().size() == 1);

        Infrastructure.Mqtt broker = Infrastructure.current().mqtt();
        broker.stop();
        await("the connection gauge shows the outage").atMost(BACK_WITHIN)
                .until(() -> metrics().sum("mqtt_connected") == 0);
        broker.start();
        reconnect(car);
        CommandRequested afterRestart = Commands.command(vin, CommandType.HORN, Duration.ofSeconds(60));
        request(afterRestart);

        await("the command requested right after the restart reaches the car").atMost(DELIVERED_WITHIN)
                .until(() -> car.commands().stream()
                        .anyMatch(json -> json.contains(afterRestart.commandId().toString())));
        awaitStatus(vin, afterRestart.commandId(), CommandStatus.SENT_TO_VEHICLE);

        // Until the bridge has subscribed again, the broker has no one to give a car's message to and drops it; so
        // each message is repeated until it is heard. A subscription that never delivers again fails here.
        await("the ack is heard").atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
            return statuses(vin, command.commandId()).contains(CommandStatus.SUCCEEDED);
        });
        await("the state is heard").atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.state("UNLOCKED", "ON", "PRIVATE");
            return stateReports(vin).stream().anyMatch(report -> report.doors() == DoorState.UNLOCKED);
        });
        await("the presence is heard").atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.presence(Presence.ASLEEP);
            return stateReports(vin).stream().anyMatch(report -> report.presence() == Presence.ASLEEP);
        });

        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.SUCCEEDED);
        assertThat(metrics().sum("mqtt_connected")).isEqualTo(1);
        assertThat(stateReports(vin)).filteredOn(report -> report.presence() == null)
                .extracting(VehicleStateReported::doors).containsOnly(DoorState.UNLOCKED);
    }

    /**
     * What {@code AckSilenceWatch} does when the broker stops delivering the acks: the bridge drops its own connection
     * and opens a new one. It must come back subscribed, hearing the cars and reaching them, with no restart.
     */
    @Test
    void aReconnectOnPurposeSubscribesAgainAndTheCarsAreHeardAndReachedAsBefore() {
        String vin = newVin();
        TestCar car = car(vin);
        Instant connectedBefore = broker.connectedSince();

        broker.reconnect("test").await().atMost(BACK_WITHIN);

        await("a new connection").atMost(BACK_WITHIN)
                .until(() -> broker.connectedSince() != null && broker.connectedSince().isAfter(connectedBefore));
        await("the car's state is heard").atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.state("LOCKED", "OFF", "SHARING");
            return stateReports(vin).stream().anyMatch(report -> report.doors() == DoorState.LOCKED);
        });
        CommandRequested command = Commands.command(vin, CommandType.UNLOCK, Duration.ofSeconds(60));
        request(command);
        await().atMost(DELIVERED_WITHIN).until(() -> car.commands().size() == 1);
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "UNLOCKED");
        awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
    }
}
