package dev.remotecommands.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.outbox.testing.KafkaTopics;
import dev.remotecommands.outbox.testing.ParcelShipping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

@QuarkusTest
class PerKeyOrderTest {

    private static final int TRANSACTIONS = 5;
    private static final int EVENTS_PER_TRANSACTION = 60; // 300 events: several relay batches of 100

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
    void eventsOfOneKeyArriveInTheOrderTheyWereEnqueued() throws Throwable {
        String topic = KafkaTopics.fresh("order");
        for (int transaction = 0; transaction < TRANSACTIONS; transaction++) {
            int first = transaction * EVENTS_PER_TRANSACTION;
            VertxContextSupport.subscribeAndAwait(
                    () -> shipping.shipSeveral(topic, "VF7DEMCAR00000002", first, EVENTS_PER_TRANSACTION));
        }

        int total = TRANSACTIONS * EVENTS_PER_TRANSACTION;
        List<ConsumerRecord<String, String>> records = KafkaTopics.read(kafka, topic, total, Duration.ofSeconds(90));

        assertThat(records).extracting(this::sequenceOf)
                .containsExactlyElementsOf(IntStream.range(0, total).boxed().toList());
    }

    private int sequenceOf(ConsumerRecord<String, String> record) {
        try {
            return objectMapper.readTree(record.value()).get("sequence").asInt();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
