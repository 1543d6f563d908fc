package dev.remotecommands.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.outbox.testing.KafkaTopics;
import dev.remotecommands.outbox.testing.ParcelShipped;
import dev.remotecommands.outbox.testing.ParcelShipping;

import dev.remotecommands.contracts.CloudEventHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@QuarkusTest
class PublishAfterCommitTest {

    @Inject
    ParcelShipping shipping;

    @Inject
    ObjectMapper objectMapper;

    private final KafkaCompanion kafka = KafkaTopics.companion();

    @AfterEach
    void closeCompanion() {
        kafka.close();
    }

    @Test
    void aCommittedEventReachesKafkaWithKeyPayloadAndCloudEventsHeaders() throws Throwable {
        String topic = KafkaTopics.fresh("committed");

        ParcelShipped shipped = VertxContextSupport.subscribeAndAwait(() -> shipping.ship(topic, "VF7DEMCAR00000001", 7));

        // well within the (slow) test poll interval: the commit's notification woke the relay
        ConsumerRecord<String, String> record = KafkaTopics.read(kafka, topic, 1, Duration.ofSeconds(5)).get(0);
        assertThat(record.key()).isEqualTo("VF7DEMCAR00000001");
        JsonNode payload = objectMapper.readTree(record.value());
        assertThat(payload.get("parcelId").asText()).isEqualTo(shipped.parcelId().toString());
        assertThat(payload.get("sequence").asInt()).isEqualTo(7);
        assertThat(payload.get("shippedAt").isTextual()).as("instants as ISO-8601 text").isTrue();
        assertThat(Instant.parse(payload.get("shippedAt").asText())).isEqualTo(shipped.shippedAt());

        assertThat(KafkaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(UUID.fromString(KafkaTopics.header(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.typeOf(topic));
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE))
                .isEqualTo(ConfigProvider.getConfig().getValue("quarkus.application.name", String.class));
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo("VF7DEMCAR00000001");
        assertThat(Instant.parse(KafkaTopics.header(record, CloudEventHeaders.TIME)))
                .isBetween(shipped.shippedAt().minusSeconds(60), Instant.now());
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void aRolledBackEventNeverReachesKafka() throws Throwable {
        String topic = KafkaTopics.fresh("rolled-back");
        String key = "parcel-" + UUID.randomUUID();

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> shipping.shipThenFail(topic, key)))
                .hasMessageContaining("business rule broken");
        // The relay publishes in enqueue order, so once a later committed event arrived, an event of the
        // rolled-back transaction would have arrived before it.
        VertxContextSupport.subscribeAndAwait(() -> shipping.ship(topic, key, 1));

        List<ConsumerRecord<String, String>> records = KafkaTopics.read(kafka, topic, 1);
        assertThat(records).hasSize(1);
        assertThat(objectMapper.readTree(records.get(0).value()).get("sequence").asInt()).isEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> shipping.countParcelsLabelled(key)))
                .as("only the committed parcel is stored").isEqualTo(1L);
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        String topic = KafkaTopics.fresh("no-transaction");

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(
                () -> shipping.shipWithoutTransaction(topic, "key-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
    }
}
