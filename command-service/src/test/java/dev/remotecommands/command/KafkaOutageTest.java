package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestKafka.exactlyRecords;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

/** Runs last (see META-INF/microprofile-config.properties): it stops Kafka, which would disturb other tests. */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class KafkaOutageTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void aCommandAcceptedWhileKafkaIsDownIsPublishedOnceItIsBack() {
        String vin = newVin();
        enroll(driver, vin);

        Infrastructure.current().kafka().stop();
        UUID id;
        try {
            id = submit(driver, vin, CommandType.UNLOCK);
        } finally {
            Infrastructure.current().kafka().start();
        }

        var records = exactlyRecords(Topics.COMMAND_REQUESTED, vin, 1, Duration.ofSeconds(3));
        assertThat(records.get(0).value()).contains(id.toString());
    }
}
