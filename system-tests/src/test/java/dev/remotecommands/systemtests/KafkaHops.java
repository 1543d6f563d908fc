package dev.remotecommands.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.Topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When each command's events passed through Kafka, read after the fact from {@code CommandRequested} and
 * {@code CommandAcked}: the CloudEvents {@code time} header (when the service wrote the event to its outbox, in the
 * transaction that decided it) and the record timestamp (when its outbox relay handed the record to the Kafka
 * producer). With the command's own history this splits its latency into the hops of the platform. Nothing is read
 * while the load runs, so the measurement costs the platform no CPU during a step.
 */
final class KafkaHops {

    /** One event of a command on its way through Kafka. */
    record Passage(Instant written, Instant produced) {
    }

    /** What a step's commands left on the two topics: CommandRequested, and the terminal CommandAcked, by id. */
    record Passages(Map<String, Passage> requested, Map<String, Passage> answered) {
    }

    private static final List<String> TOPICS = List.of(Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED);

    private final ObjectMapper json = new ObjectMapper();
    private final String bootstrap;

    KafkaHops(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Where the two topics end now: a step's events are the ones after this mark. */
    Map<TopicPartition, Long> mark() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return new HashMap<>(consumer.endOffsets(partitions(consumer)));
        }
    }

    /** The events written after {@code mark} up to the topics' current end (a partition not marked: all of it). */
    Passages since(Map<TopicPartition, Long> mark) {
        Map<String, Passage> requested = new HashMap<>();
        Map<String, Passage> answered = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            mark.forEach((partition, offset) -> {
                if (partitions.contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = read(record.value());
                    String id = event.path("commandId").asText(null);
                    Instant written = ceTime(record);
                    if (id == null || written == null) {
                        continue;
                    }
                    Passage passage = new Passage(written, Instant.ofEpochMilli(record.timestamp()));
                    if (record.topic().equals(Topics.COMMAND_REQUESTED)) {
                        requested.putIfAbsent(id, passage);
                    } else if (TerminalWatch.isTerminal(event.path("status").asText())) {
                        answered.putIfAbsent(id, passage);
                    }
                }
            }
        }
        return new Passages(requested, answered);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        return TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private JsonNode read(byte[] value) {
        try {
            return value == null ? json.missingNode() : json.readTree(value);
        } catch (IOException e) {
            return json.missingNode(); // a poison record of another test
        }
    }

    private static Instant ceTime(ConsumerRecord<byte[], byte[]> record) {
        Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
        try {
            return time == null ? null : Instant.parse(new String(time.value(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"); // a topic not there yet: no events
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
