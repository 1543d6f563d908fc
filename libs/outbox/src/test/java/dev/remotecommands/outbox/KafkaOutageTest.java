package dev.remotecommands.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.outbox.testing.KafkaTopics;
import dev.remotecommands.outbox.testing.OutboxReadiness;
import dev.remotecommands.outbox.testing.ParcelShipped;
import dev.remotecommands.outbox.testing.ParcelShipping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

@QuarkusTest
class KafkaOutageTest {

    private static final String KEY = "VF7DEMCAR00000003";

    @Inject
    ParcelShipping shipping;

    private final Infrastructure.Kafka broker = Infrastructure.current().kafka();

    @AfterEach
    void kafkaIsBackForTheNextTest() {
        if (!broker.isRunning()) {
            broker.start();
        }
        try (KafkaCompanion kafka = KafkaTopics.companion()) {
            KafkaTopics.awaitWritable(kafka);
        }
    }

    @Test
    void anEventCommittedWhileKafkaIsDownIsPublishedOnceWhenKafkaIsBack() throws Throwable {
        String topic = KafkaTopics.fresh("outage");
        try (KafkaCompanion kafka = KafkaTopics.companion()) {
            kafka.topics().createAndWait(topic, 1);
        }
        broker.stop();

        ParcelShipped shipped = VertxContextSupport.subscribeAndAwait(() -> shipping.ship(topic, KEY, 42));

        // The relay tried, could not publish, and kept the event; readiness tells operations so.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> check = OutboxReadiness.check();
            assertThat(check.get("status")).as("the outbox check stays UP: the events are kept").isEqualTo("UP");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) check.get("data");
            assertThat(data).containsEntry("publishing", false);
            assertThat(((Number) data.get("backlog")).intValue()).isGreaterThanOrEqualTo(1);
        });

        broker.start();

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(OutboxReadiness.data())
                .containsEntry("backlog", 0).containsEntry("publishing", true));
        try (KafkaCompanion kafka = KafkaTopics.companion()) {
            ConsumerRecord<String, String> record = KafkaTopics.read(kafka, topic, 1).get(0);
            assertThat(record.value()).contains(shipped.parcelId().toString());
            assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(KEY);
            // The outbox is empty, so nothing more will be sent: the topic holds that event exactly once.
            assertThat(kafka.offsets().get(KafkaCompanion.tp(topic, 0), OffsetSpec.latest()).offset())
                    .as("records in the topic").isEqualTo(1);
        }
    }
}
