package dev.remotecommands.systemtests.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads Kafka topics after the fact, as the system tests check what went through them: from marked offsets to where
 * the topics end now, as raw records. It joins no consumer group and creates no topic (one not there yet: no records).
 */
public final class TopicReader {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrap;

    public TopicReader(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Where the topics end now: what is written later comes after this mark. */
    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return new HashMap<>(consumer.endOffsets(partitions(consumer, topics)));
        }
    }

    /**
     * The records of the topics from {@code from} (from the beginning for a partition not in it) up to where they end
     * now, in order within each partition; fails when they cannot be read to that end within 30 s.
     */
    public List<ConsumerRecord<byte[], byte[]>> read(Collection<String> topics, Map<TopicPartition, Long> from) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            from.forEach((partition, offset) -> {
                if (partitions.contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await("reading " + topics + " to its end").atMost(READ_TIMEOUT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).pollInSameThread()
                    .until(() -> {
                        boolean atTheEnd = partitions.stream()
                                .allMatch(partition -> consumer.position(partition) >= end.get(partition));
                        if (!atTheEnd) {
                            consumer.poll(POLL).forEach(records::add);
                        }
                        return atTheEnd;
                    });
            return records;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
        return topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
