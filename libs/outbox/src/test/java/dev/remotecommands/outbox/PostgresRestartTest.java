package dev.remotecommands.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.outbox.testing.KafkaTopics;
import dev.remotecommands.outbox.testing.OutboxReadiness;
import dev.remotecommands.outbox.testing.ParcelShipped;
import dev.remotecommands.outbox.testing.ParcelShipping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

@QuarkusTest
class PostgresRestartTest {

    @Inject
    ParcelShipping shipping;

    private final Infrastructure.Postgres database = Infrastructure.current().postgres();

    @AfterEach
    void databaseIsBackForTheNextTest() {
        if (!database.isRunning()) {
            database.start();
        }
    }

    @Test
    void afterADatabaseRestartNewEventsStillGoOutAtOnce() {
        String topic = KafkaTopics.fresh("db-restart");
        database.stop();
        database.start();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(OutboxReadiness.data()).containsEntry("listening", true));

        // the first attempts may meet connections that died with the old server
        AtomicReference<ParcelShipped> shipped = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> shipped.compareAndSet(null, ship(topic)));

        try (KafkaCompanion kafka = KafkaTopics.companion()) {
            // well within the (slow) test poll interval: the relay LISTENs again on the new server
            ConsumerRecord<String, String> record = KafkaTopics.read(kafka, topic, 1, Duration.ofSeconds(5)).get(0);
            assertThat(record.value()).contains(shipped.get().parcelId().toString());
        }
    }

    private ParcelShipped ship(String topic) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> shipping.ship(topic, "VF7DEMCAR00000004", 1));
        } catch (Exception e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
