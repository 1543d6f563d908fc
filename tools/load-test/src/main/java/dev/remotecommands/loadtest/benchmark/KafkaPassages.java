package dev.remotecommands.loadtest.benchmark;

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

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When a step's commands passed through Kafka, read after the step from CommandRequested and CommandAcked: the
 * CloudEvents {@code time} header (the service wrote the event to its outbox, in the transaction that decided it) and
 * the record's timestamp (its outbox relay handed it to the producer). Splits the command's history hops further.
 */
public final class KafkaPassages implements AutoCloseable {

    /** One event of a command on its way: written to the outbox, produced to Kafka. */
    public record Passage(Instant written, Instant produced) {
    }

    /** A step's events by command id: its CommandRequested, and its terminal CommandAcked. */
    public record Step(Map<String, Passage> requested, Map<String, Passage> answered) {

        public static final Step NONE = new Step(Map.of(), Map.of());
    }

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    public KafkaPassages(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        partitions = List.of(Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED).stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
    }

    /** Where the topics end now: the next step's events come after it. */
    public Map<TopicPartition, Long> mark() {
        return consumer.endOffsets(partitions);
    }

    /** The events from {@code mark} to the topics' end now. */
    public Step since(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        mark.forEach(consumer::seek);
        Map<String, Passage> requested = new HashMap<>();
        Map<String, Passage> answered = new HashMap<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                add(record, requested, answered);
            }
        }
        return new Step(requested, answered);
    }

    private void add(ConsumerRecord<byte[], byte[]> record, Map<String, Passage> requested,
            Map<String, Passage> answered) {
        JsonNode event;
        try {
            event = record.value() == null ? json.missingNode() : json.readTree(record.value());
        } catch (IOException e) {
            return; // not an event of ours (a poison record of a test)
        }
        Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
        String id = event.path("commandId").asText(null);
        if (id == null || time == null) {
            return;
        }
        Passage passage = new Passage(Instant.parse(new String(time.value(), StandardCharsets.UTF_8)),
                Instant.ofEpochMilli(record.timestamp()));
        if (record.topic().equals(Topics.COMMAND_REQUESTED)) {
            requested.putIfAbsent(id, passage);
        } else if (Terminal.is(event.path("status").asText())) {
            answered.putIfAbsent(id, passage);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
