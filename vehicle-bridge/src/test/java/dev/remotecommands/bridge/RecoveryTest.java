package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.messaging.Payloads;
import dev.remotecommands.bridge.service.InFlightRecovery;
import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.Presence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A previous bridge process left commands in flight (rows written straight into the database); the start-up
 * recovery resumes them.
 */
@QuarkusTest
class RecoveryTest extends BridgeTestBase {

    @Inject
    InFlightRecovery recovery;

    @Inject
    Payloads payloads;

    @Test
    void commandsLeftInFlightByAPreviousProcessAreResumed() throws Throwable {
        String sentVin = newVin();
        String waitingVin = newVin();
        TestCar sentCar = car(sentVin);
        TestCar wakingCar = car(waitingVin);
        Instant now = Instant.now();
        // Sent and published before the crash, still valid: published again, and the car's ack is taken.
        CommandRequested stillValid = Commands.command(sentVin, CommandType.UNLOCK, Duration.ofSeconds(60));
        insert(stillValid, Stage.SENT, now);
        // Sent long ago, never answered: timed out.
        CommandRequested unanswered = Commands.command(sentVin, CommandType.HORN, Duration.ofSeconds(-30));
        insert(unanswered, Stage.SENT, now.minusSeconds(90));
        // Waiting for an offline car past its deadline: expired, the car was unreachable.
        CommandRequested neverDelivered = Commands.command(waitingVin, CommandType.LOCK, Duration.ofSeconds(-1));
        insert(neverDelivered, Stage.WAITING_FOR_VEHICLE, null);
        // Waiting for a waking car, still valid: keeps waiting, and goes out when the car is online.
        CommandRequested waking = Commands.command(waitingVin, CommandType.LIGHTS, Duration.ofSeconds(60));
        insert(waking, Stage.WAKING_UP, null);

        InFlightRecovery.Outcome outcome = VertxContextSupport.subscribeAndAwait(recovery::resume);

        assertThat(outcome.republished()).isGreaterThanOrEqualTo(1);
        await().until(() -> sentCar.commands().size() == 1);
        assertThat(sentCar.commands().get(0)).isEqualTo(payloads.commandMessage(stillValid));
        sentCar.ack(stillValid.commandId(), CarOutcome.SUCCEEDED, null, "UNLOCKED");
        awaitStatus(sentVin, stillValid.commandId(), CommandStatus.SUCCEEDED);

        assertThat(awaitStatus(sentVin, unanswered.commandId(), CommandStatus.TIMED_OUT).failureCause())
                .isEqualTo(FailureCause.NO_ANSWER);
        assertThat(awaitStatus(waitingVin, neverDelivered.commandId(), CommandStatus.EXPIRED).failureCause())
                .isEqualTo(FailureCause.VEHICLE_UNREACHABLE);

        assertThat(wakingCar.commands()).isEmpty();
        wakingCar.presence(Presence.ONLINE);
        await().until(() -> wakingCar.commands().size() == 1);
        assertThat(wakingCar.commands().get(0)).contains(waking.commandId().toString());
        awaitStatus(waitingVin, waking.commandId(), CommandStatus.SENT_TO_VEHICLE);
        assertThat(sentCar.commands()).as("the timed-out command is not published again").hasSize(1);
    }

    private void insert(CommandRequested command, Stage stage, Instant publishedAt) {
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        sql("""
                insert into in_flight_command (command_id, vin, account_id, type, expires_at, message, stage,
                    published_at, received_at, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)""",
                command.commandId(), command.vin(), command.accountId(), command.type().name(),
                command.expiresAt().atOffset(ZoneOffset.UTC), payloads.commandMessage(command), stage.name(),
                publishedAt == null ? null : publishedAt.atOffset(ZoneOffset.UTC), received);
    }
}
