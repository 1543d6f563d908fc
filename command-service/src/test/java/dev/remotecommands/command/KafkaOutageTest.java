package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.metrics;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestKafka.exactlyRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
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

    private static final String OUTBOX_BACKLOG = "outbox_backlog";
    private static final String OUTBOX_LAG = "outbox_lag_seconds";

    private final Account driver = RealmDrivers.driver();

    @Test
    void aCommandAcceptedWhileKafkaIsDownIsPublishedOnceItIsBack() {
        String vin = newVin();
        enroll(driver, vin);

        Infrastructure.current().kafka().stop();
        UUID id;
        try {
            id = submit(driver, vin, CommandType.UNLOCK);
            // operations sees the event wait: the backlog and the relay's lag grow until Kafka is back
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                MetricsScrape waiting = metrics();
                assertThat(waiting.sum(OUTBOX_BACKLOG)).isGreaterThanOrEqualTo(1);
                assertThat(waiting.sum(OUTBOX_LAG)).isGreaterThan(1.0);
            });
        } finally {
            Infrastructure.current().kafka().start();
        }

        var records = exactlyRecords(Topics.COMMAND_REQUESTED, vin, 1, Duration.ofSeconds(3));
        assertThat(records.get(0).value()).contains(id.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MetricsScrape drained = metrics();
            assertThat(drained.sum(OUTBOX_BACKLOG)).isZero();
            assertThat(drained.sum(OUTBOX_LAG)).isZero();
        });
    }
}
