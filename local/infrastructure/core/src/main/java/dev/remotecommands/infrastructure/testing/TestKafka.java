package dev.remotecommands.infrastructure.testing;

import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Kafka beside a {@code @QuarkusTest}'s application, as the other services would use it: one {@link KafkaCompanion}
 * on the application's broker ({@code kafka.bootstrap.servers}), records produced, and waits for the records of one
 * key read from the beginning of a topic. Tests use fresh keys (VINs, accounts), so they never see each other's
 * records.
 * <p>
 * Needs the Kafka test companion and Awaitility on the caller's test classpath (both managed by the Quarkus BOM).
 */
public final class TestKafka {

    /** How long a send or a wait for records may take before the test fails. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How much longer than its quiet period an exact count may take to hold. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private static KafkaCompanion companion;

    private TestKafka() {
    }

    /** The companion on the application's broker, one per test JVM. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers",
                    String.class));
        }
        return companion;
    }

    /** Sends one record and waits until the broker has it. */
    public static void produce(String topic, String key, String payload) {
        companion().produceStrings().fromRecords(new ProducerRecord<>(topic, key, payload)).awaitCompletion(TIMEOUT);
    }

    /** Sends the event as JSON ({@link TestJson#write}). */
    public static void produce(String topic, String key, Object event) {
        produce(topic, key, TestJson.write(event));
    }

    /** Waits for at least {@code atLeast} records of the key and gives all of them, in order. */
    public static List<ConsumerRecord<String, String>> records(String topic, String key, int atLeast) {
        return awaitSelected(topic, key, atLeast, null, Function.identity());
    }

    /** Waits for {@code expected} records of the key and checks that no more arrive during {@code quiet}. */
    public static List<ConsumerRecord<String, String>> exactlyRecords(String topic, String key, int expected,
            Duration quiet) {
        return awaitSelected(topic, key, expected, quiet, Function.identity());
    }

    /**
     * Waits for at least {@code atLeast} events of the key that match and gives them, parsed ({@link TestJson#parse}).
     * A record that is not a JSON object (a poison record a test sent on purpose) matches nothing.
     */
    public static List<Map<String, Object>> events(String topic, String key, int atLeast,
            Predicate<Map<String, Object>> matching) {
        return awaitSelected(topic, key, atLeast, null, records -> matchingEvents(records, matching));
    }

    /** Waits for {@code expected} matching events of the key and checks that no more arrive during {@code quiet}. */
    public static List<Map<String, Object>> exactlyEvents(String topic, String key, int expected, Duration quiet,
            Predicate<Map<String, Object>> matching) {
        return awaitSelected(topic, key, expected, quiet, records -> matchingEvents(records, matching));
    }

    /**
     * Reads the topic from its beginning until {@code count} of the key's records are selected; with a
     * {@code quiet} period, then checks that the selection stays at exactly {@code count} that long.
     */
    private static <T> List<T> awaitSelected(String topic, String key, int count, Duration quiet,
            Function<List<ConsumerRecord<String, String>>, List<T>> select) {
        try (ConsumerTask<String, String> task = companion().consumeStrings().fromTopics(topic)) {
            Supplier<List<T>> selected = () -> select.apply(
                    task.getRecords().stream().filter(record -> key.equals(record.key())).toList());
            String what = count + " record(s) of key " + key + " on " + topic;
            await(what).atMost(TIMEOUT).until(() -> selected.get().size() >= count);
            if (quiet != null) {
                await("no more than " + what + " during " + quiet).during(quiet).atMost(quiet.plus(SETTLE))
                        .until(() -> selected.get().size() == count);
            }
            return selected.get();
        }
    }

    private static List<Map<String, Object>> matchingEvents(List<ConsumerRecord<String, String>> records,
            Predicate<Map<String, Object>> matching) {
        return records.stream().flatMap(TestKafka::event).filter(matching).toList();
    }

    private static Stream<Map<String, Object>> event(ConsumerRecord<String, String> record) {
        try {
            return Stream.of(TestJson.parse(record.value()));
        } catch (IllegalArgumentException notAJsonObject) {
            return Stream.empty();
        }
    }
}
