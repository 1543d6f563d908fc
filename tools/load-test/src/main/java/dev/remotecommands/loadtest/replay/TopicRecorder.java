package dev.remotecommands.loadtest.replay;

import dev.remotecommands.contracts.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from a start (the beginning, or the first record at or after a time) to an end (the topics' ends when
 * recording starts, the last record before a time, or never when following) and hands each record, optionally only
 * those of some VINs, to a recording. No consumer group: it assigns the partitions itself and commits nothing.
 */
public final class TopicRecorder {

    /** Where recording stops: {@code follow} until {@code stopped} says so, else at {@code to} or the ends. */
    public record Bounds(Instant from, Instant to, boolean follow) {
    }

    private final String bootstrapServers;

    public TopicRecorder(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Records, and returns the number of records written. {@code vins} empty: every record; else only those whose
     * key or CloudEvents subject is one of them.
     */
    public long record(List<String> topics, Bounds bounds, Set<String> vins, RecordingFile.Writer out,
            Throughput throughput, BooleanSupplier stopped) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            consumer.assign(partitions);
            seekToStart(consumer, partitions, bounds.from());
            Map<TopicPartition, Long> ends = bounds.follow() ? Map.of() : consumer.endOffsets(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            long written = 0;
            while (!open.isEmpty() && !stopped.getAsBoolean()) {
                if (!bounds.follow()) {
                    open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
                    consumer.pause(partitions.stream().filter(p -> !open.contains(p)).toList());
                    if (open.isEmpty()) {
                        break;
                    }
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!open.contains(partition)) {
                        continue;
                    }
                    if (bounds.to() != null && record.timestamp() >= bounds.to().toEpochMilli()) {
                        open.remove(partition); // timestamps grow along a partition: the rest is later still
                        consumer.pause(List.of(partition));
                        continue;
                    }
                    if (!bounds.follow() && record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    if (vins.isEmpty() || ofVins(record, vins)) {
                        out.write(recorded(record));
                        throughput.done(record.topic());
                        written++;
                    }
                }
            }
            return written;
        }
    }

    /** How many records lie between the start and the current ends (what a bounded recording reads). */
    public long countInRange(List<String> topics, Instant from) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, topics);
            consumer.assign(partitions);
            seekToStart(consumer, partitions, from);
            long count = 0;
            for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
                count += end.getValue() - consumer.position(end.getKey());
            }
            return count;
        }
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic + " on " + bootstrapServers);
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private static void seekToStart(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Instant from) {
        if (from == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            consumer.seek(partition, offset == null ? ends.get(partition) : offset.offset());
        }
    }

    private static boolean ofVins(ConsumerRecord<byte[], byte[]> record, Set<String> vins) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Header subject = record.headers().lastHeader(CloudEventHeaders.SUBJECT);
        return vins.contains(key) || subject != null
                && vins.contains(new String(subject.value(), StandardCharsets.UTF_8));
    }

    private static RecordedRecord recorded(ConsumerRecord<byte[], byte[]> record) {
        List<RecordedRecord.Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new RecordedRecord.Header(header.key(), header.value()));
        }
        return new RecordedRecord(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.key(), record.value(), headers);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 << 20));
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 << 20));
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
