package dev.remotecommands.outbox.testing;

import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Reads what the relay published, with the broker the test application uses. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /** A topic no other test writes to. */
    public static String fresh(String purpose) {
        return "outbox-test-" + purpose + "-" + UUID.randomUUID();
    }

    public static KafkaCompanion companion() {
        return new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Waits for {@code count} records of a topic, read from its beginning. */
    public static List<ConsumerRecord<String, String>> read(KafkaCompanion companion, String topic, int count) {
        return read(companion, topic, count, Duration.ofSeconds(30));
    }

    public static List<ConsumerRecord<String, String>> read(KafkaCompanion companion, String topic, int count,
            Duration within) {
        return companion.consumeStrings().fromTopics(topic, count)
                .awaitCompletion(within)
                .getRecords();
    }

    /**
     * Waits until a new topic accepts writes on all its partitions. Right after a broker restart, a new
     * topic's partitions can stay leaderless for a while; this keeps that from leaking into the next test.
     */
    public static void awaitWritable(KafkaCompanion companion) {
        String probe = fresh("probe");
        companion.topics().createAndWait(probe, 4);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            companion.produceStrings()
                    .fromRecords(IntStream.range(0, 4).mapToObj(p -> new ProducerRecord<>(probe, p, "k", "v")).toList())
                    .awaitCompletion(Duration.ofSeconds(15));
            return true;
        });
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
