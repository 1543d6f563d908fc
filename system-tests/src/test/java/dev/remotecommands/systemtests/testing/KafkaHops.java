package dev.remotecommands.systemtests.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.Topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * When each command's events passed through Kafka, read after the fact from {@code CommandRequested} and
 * {@code CommandAcked}: the CloudEvents {@code time} header (when the service wrote the event to its outbox, in the
 * transaction that decided it) and the record timestamp (when its outbox relay handed the record to the Kafka
 * producer). With the command's own history this splits its latency into the hops of the platform. Nothing is read
 * while the load runs, so the measurement costs the platform no CPU during a step.
 */
public final class KafkaHops {

    /** One event of a command on its way through Kafka. */
    public record Passage(Instant written, Instant produced) {
    }

    /** What a step's commands left on the two topics: CommandRequested, and the terminal CommandAcked, by id. */
    public record Passages(Map<String, Passage> requested, Map<String, Passage> answered) {
    }

    private static final List<String> TOPICS = List.of(Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED);

    private final ObjectMapper json = new ObjectMapper();
    private final TopicReader topics;

    public KafkaHops(String bootstrap) {
        this.topics = new TopicReader(bootstrap);
    }

    /** Where the two topics end now: a step's events are the ones after this mark. */
    public Map<TopicPartition, Long> mark() {
        return topics.endOffsets(TOPICS);
    }

    /** The events written after {@code mark} up to the topics' current end (a partition not marked: all of it). */
    public Passages since(Map<TopicPartition, Long> mark) {
        Map<String, Passage> requested = new HashMap<>();
        Map<String, Passage> answered = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : topics.read(TOPICS, mark)) {
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
        return new Passages(requested, answered);
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
}
