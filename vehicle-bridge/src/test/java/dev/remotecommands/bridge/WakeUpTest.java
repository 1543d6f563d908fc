package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.service.WakeUpMonth;
import dev.remotecommands.bridge.service.WakeUps;
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
import dev.remotecommands.infrastructure.testing.MetricsScrape;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

@QuarkusTest
class WakeUpTest extends BridgeTestBase {

    private static final String WAKE_UPS = "vehicle_wake_ups_total";
    private static final String MQTT_PUBLISHED = "mqtt_messages_published_total";

    @Inject
    BridgeConfig config;

    @Test
    void aSleepingCarIsWokenUpAndGetsTheCommandOnceOnline() {
        String vin = newVin();
        TestCar car = asleep(vin);
        CommandRequested command = Commands.command(vin, CommandType.LOCK, Duration.ofSeconds(60));
        MetricsScrape before = metrics();
        for (WakeUps.Decision decision : WakeUps.Decision.values()) {
            assertThat(before.has(WAKE_UPS, "decision", decision.name())).as("exported from the start").isTrue();
        }

        request(command);

        await().until(() -> car.wakeups().size() == 1);
        assertThat(metrics().sum(WAKE_UPS, "decision", "SEND"))
                .isEqualTo(before.sum(WAKE_UPS, "decision", "SEND") + 1);
        // counted once the broker took it, which may be just after the car got it
        await().untilAsserted(() -> assertThat(metrics().sum(MQTT_PUBLISHED, "kind", "wakeup"))
                .isGreaterThanOrEqualTo(before.sum(MQTT_PUBLISHED, "kind", "wakeup") + 1));
        awaitStatus(vin, command.commandId(), CommandStatus.WAKING_UP_VEHICLE);
        assertThat(car.commands()).as("a sleeping car gets no command before it is awake").isEmpty();
        assertThat(wakeUpsCounted(vin, WakeUpMonth.of(Instant.now()))).isEqualTo(1);

        car.presence(Presence.ONLINE);

        await().until(() -> car.commands().size() == 1);
        awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
        awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
        assertThat(statuses(vin, command.commandId())).containsExactly(CommandStatus.WAKING_UP_VEHICLE,
                CommandStatus.SENT_TO_VEHICLE, CommandStatus.SUCCEEDED);
    }

    @Test
    void commandsArrivingWhileTheCarWakesUpShareOneWakeUp() {
        String vin = newVin();
        TestCar car = asleep(vin);
        CommandRequested first = Commands.command(vin, CommandType.LOCK, Duration.ofSeconds(60));
        CommandRequested second = Commands.command(vin, CommandType.LIGHTS, Duration.ofSeconds(60));
        MetricsScrape before = metrics();

        request(first);
        request(second);
        awaitStatus(vin, second.commandId(), CommandStatus.WAKING_UP_VEHICLE);
        MetricsScrape after = metrics();
        assertThat(after.sum(WAKE_UPS, "decision", "SEND")).isEqualTo(before.sum(WAKE_UPS, "decision", "SEND") + 1);
        assertThat(after.sum(WAKE_UPS, "decision", "JOIN")).isEqualTo(before.sum(WAKE_UPS, "decision", "JOIN") + 1);
        car.presence(Presence.ONLINE);

        await().until(() -> car.commands().size() == 2);
        assertThat(car.wakeups()).hasSize(1);
        assertThat(wakeUpsCounted(vin, WakeUpMonth.of(Instant.now()))).isEqualTo(1);
    }

    @Test
    void aCarWhoseWakeUpsForTheMonthAreUsedUpIsNotWokenAndTheCommandIsRejected() {
        String vin = newVin();
        TestCar car = asleep(vin);
        int limit = config.wakeUp().monthlyLimit();
        sql("insert into wake_up_count (vin, month, wake_ups) values ($1, $2, $3)", vin,
                WakeUpMonth.of(Instant.now()), limit);
        CommandRequested command = Commands.command(vin);

        request(command);

        CommandAcked rejected = awaitStatus(vin, command.commandId(), CommandStatus.REJECTED);
        assertThat(rejected.failureCause()).isEqualTo(FailureCause.WAKE_UP_LIMIT_REACHED);
        assertThat(statuses(vin, command.commandId())).containsExactly(CommandStatus.REJECTED);
        assertThat(car.wakeups()).isEmpty();
        assertThat(wakeUpsCounted(vin, WakeUpMonth.of(Instant.now()))).isEqualTo(limit);
    }

    @Test
    void wakeUpsOfLastMonthDoNotCountAgainstThisMonth() {
        String vin = newVin();
        TestCar car = asleep(vin);
        String lastMonth = WakeUpMonth.of(Instant.now().atZone(ZoneOffset.UTC).minusMonths(1).toInstant());
        sql("insert into wake_up_count (vin, month, wake_ups) values ($1, $2, $3)", vin, lastMonth,
                config.wakeUp().monthlyLimit());
        CommandRequested command = Commands.command(vin);

        request(command);

        awaitStatus(vin, command.commandId(), CommandStatus.WAKING_UP_VEHICLE);
        await().until(() -> car.wakeups().size() == 1);
    }

    private TestCar asleep(String vin) {
        TestCar car = car(vin);
        car.presence(Presence.ASLEEP);
        await().until(() -> stateReports(vin).stream().anyMatch(report -> report.presence() == Presence.ASLEEP));
        return car;
    }

    private long wakeUpsCounted(String vin, String month) {
        return database.preparedQuery("select wake_ups from wake_up_count where vin = $1 and month = $2")
                .execute(Tuple.of(vin, month)).await().atMost(Duration.ofSeconds(5))
                .stream().mapToLong(row -> row.getInteger(0)).sum();
    }
}
