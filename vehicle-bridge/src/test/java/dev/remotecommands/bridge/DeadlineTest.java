package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.Presence;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/** Deadlines in the test profile: answer grace 1 s, sweep every second. */
@QuarkusTest
class DeadlineTest extends BridgeTestBase {

    @Test
    void aSentCommandTheCarNeverAnswersTimesOutAndALateAckChangesNothing() {
        String vin = newVin();
        TestCar car = car(vin);
        car.presence(Presence.ONLINE);
        CommandRequested command = Commands.command(vin, CommandType.UNLOCK, Duration.ofSeconds(2));

        request(command);
        await().until(() -> car.commands().size() == 1);

        CommandAcked timedOut = awaitStatus(vin, command.commandId(), CommandStatus.TIMED_OUT);
        assertThat(timedOut.failureCause()).isEqualTo(FailureCause.NO_ANSWER);

        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "UNLOCKED");
        CommandRequested marker = Commands.command(vin);
        request(marker);
        await().until(() -> car.commands().size() == 2);
        car.ack(marker.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
        awaitStatus(vin, marker.commandId(), CommandStatus.SUCCEEDED);
        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.TIMED_OUT);
    }

    @Test
    void aCommandForACarThatStaysOfflineExpiresAsUnreachableWithoutReachingIt() {
        String vin = newVin();
        TestCar car = car(vin);
        car.presence(Presence.OFFLINE);
        await().until(() -> !stateReports(vin).isEmpty());
        CommandRequested command = Commands.command(vin, CommandType.LOCK, Duration.ofSeconds(2));

        request(command);

        CommandAcked expired = awaitStatus(vin, command.commandId(), CommandStatus.EXPIRED);
        assertThat(expired.failureCause()).isEqualTo(FailureCause.VEHICLE_UNREACHABLE);
        assertThat(statuses(vin, command.commandId())).containsExactly(CommandStatus.EXPIRED);
        car.presence(Presence.ONLINE);
        await().until(() -> stateReports(vin).stream().anyMatch(report -> report.presence() == Presence.ONLINE));
        assertThat(car.commands()).as("an expired command is never sent, even when the car comes back").isEmpty();
    }

    @Test
    void aCommandWaitsForAnOfflineCarThatComesBackInTime() {
        String vin = newVin();
        TestCar car = car(vin);
        car.presence(Presence.OFFLINE);
        await().until(() -> !stateReports(vin).isEmpty());
        CommandRequested command = Commands.command(vin);

        request(command);
        await().until(() -> countRows("select 1 from in_flight_command where command_id = $1", command) == 1);
        assertThat(car.commands()).isEmpty();

        car.presence(Presence.ONLINE);

        await().until(() -> car.commands().size() == 1);
        awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);
    }

    private long countRows(String query, CommandRequested command) {
        return sql(query, command.commandId());
    }
}
