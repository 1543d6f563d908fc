package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

@QuarkusTest
class DeadLetterTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void anUnreadablePairingReportGoesToTheDeadLetterTopicAndTheNextOneIsHandled() {
        Fixture.forget(driver);
        String vin = activatedVehicle(driver);
        Fixture.certifiedAccount(driver);

        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, "this is not json");
        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, "{\"vin\":\"" + vin + "\",\"challenge\":\"x\"}");
        Fixture.pairedVehicle(driver, vin, DEVICE);

        List<ConsumerRecord<String, String>> dead = TestKafka.records(
                Topics.deadLetter(Topics.VEHICLE_PAIRING_REPORTED), vin, 2);
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactly("this is not json", "{\"vin\":\"" + vin + "\",\"challenge\":\"x\"}");
    }

    @Test
    void anUnreadableDeliveryReportGoesToTheDeadLetterTopic() {
        String key = "dlq-" + Fixture.newVin();
        produce(Topics.OTP_DELIVERY_REPORTED, key, "{\"requestId\":\"not-a-uuid\"}");
        assertThat(TestKafka.records(Topics.deadLetter(Topics.OTP_DELIVERY_REPORTED), key, 1)).hasSize(1);
    }
}
