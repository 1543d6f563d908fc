package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.infrastructure.Infrastructure;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/**
 * PostgreSQL or the MQTT broker restarting while a command or a provisioning is on its way: it is not lost. Runs next to last
 * (before {@link BrokerRestartTest}), so that its broker restart disturbs no other class.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE - 1)
class OutageTest extends BridgeTestBase {

    @Test
    void aCommandArrivingWhileTheDatabaseIsDownIsDeliveredOnceItIsBack() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);
        Infrastructure.Postgres postgres = Infrastructure.current().postgres();

        postgres.stop();
        try {
            request(command);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> car.commands().isEmpty());
        } finally {
            postgres.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> car.commands().size() == 1);
        awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);
    }

    @Test
    void aCommandThatCouldNotBePublishedWhileTheBrokerWasDownReachesTheCarOnceItIsBack() {
        String vin = newVin();
        TestCar car = carWithPersistentSession(vin);
        CommandRequested command = Commands.command(vin);
        Infrastructure.Mqtt broker = Infrastructure.current().mqtt();

        broker.stop();
        try {
            request(command);
            // Stored as sent; publishing it failed, so it stays unconfirmed until the broker is back.
            awaitStatus(vin, command.commandId(), CommandStatus.SENT_TO_VEHICLE);
        } finally {
            broker.start();
        }
        reconnect(car);

        await().atMost(Duration.ofSeconds(30)).until(() -> !car.commands().isEmpty());
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");
        awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
    }

    @Test
    void aProvisioningWantedWhileTheBrokerIsDownIsPublishedOnceItIsBack() {
        String vin = newVin();
        Infrastructure.Mqtt broker = Infrastructure.current().mqtt();

        broker.stop();
        try {
            completed(new EnrollmentCompleted("account-1", vin, "phone-1", Instant.now()));
            await("the grant is recorded, its provisioning not yet published").atMost(Duration.ofSeconds(30))
                    .until(() -> Long.valueOf(1).equals(
                            sqlNumber("select wanted_version from provisioning where vin = $1", vin)));
            assertThat(sqlNumber("select published_version from provisioning where vin = $1", vin)).isZero();
        } finally {
            broker.start();
        }

        TestCar car = car(vin);
        await().atMost(Duration.ofSeconds(30)).until(() -> car.provisionings().stream()
                .map(json -> read(json, ProvisioningMessage.class))
                .anyMatch(message -> message.remoteControl() && message.devices().contains("phone-1")));
    }
}
