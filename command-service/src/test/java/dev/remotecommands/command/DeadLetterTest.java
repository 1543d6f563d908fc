package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static dev.remotecommands.infrastructure.testing.TestKafka.records;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

@QuarkusTest
class DeadLetterTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void anUnreadableAckGoesToTheDeadLetterTopicAndTheNextOneStillCounts() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);

        produce(Topics.COMMAND_ACKED, vin, "this is not json");
        produce(Topics.COMMAND_ACKED, vin, "{\"commandId\":\"" + id + "\",\"vin\":\"" + vin + "\",\"status\":\"NOT_A_STATUS\"}");
        ack(id, vin, CommandStatus.SUCCEEDED);

        awaitStatus(driver, id, CommandStatus.SUCCEEDED);
        List<ConsumerRecord<String, String>> dead = records(Topics.deadLetter(Topics.COMMAND_ACKED), vin, 2);
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactly("this is not json",
                        "{\"commandId\":\"" + id + "\",\"vin\":\"" + vin + "\",\"status\":\"NOT_A_STATUS\"}");
    }

    @Test
    void anUnreadableEnrollmentGoesToTheDeadLetterTopic() {
        String vin = newVin();
        produce(Topics.ENROLLMENT_COMPLETED, vin, "{\"accountId\":\"someone\",\"vin\":\"BAD\",\"at\":\"2026-01-01T00:00:00Z\"}");
        enroll(driver, vin);
        assertThat(records(Topics.deadLetter(Topics.ENROLLMENT_COMPLETED), vin, 1)).hasSize(1);
    }
}
