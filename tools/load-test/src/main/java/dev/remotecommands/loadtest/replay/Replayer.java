package dev.remotecommands.loadtest.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a recording's records to Kafka in file order, from one idempotent producer: records of one key land on one
 * partition in their recorded order. The partition is left to the key's hash (the platform's producers use the same
 * default partitioner, so a key finds the partition it was recorded on when the topic has as many partitions).
 */
public final class Replayer {

    private final String bootstrapServers;
    private final Map<String, String> producerOverrides;

    public Replayer(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** {@code producerOverrides}: producer settings that replace this tool's (batch size, linger, compression…). */
    public Replayer(String bootstrapServers, Map<String, String> producerOverrides) {
        this.bootstrapServers = bootstrapServers;
        this.producerOverrides = Map.copyOf(producerOverrides);
    }

    /**
     * Replays {@code file}'s records of {@code topics} (all when empty) at {@code pace}, each passed through
     * {@code transform} (null from it skips the record), with the recorded timestamp unless {@code freshTimestamps}.
     */
    public void replay(Path file, Set<String> topics, Pace pace, UnaryOperator<RecordedRecord> transform,
            boolean freshTimestamps, Throughput throughput) throws Exception {
        long start = System.nanoTime();
        long[] index = {0};
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            RecordingFile.read(file, recorded -> {
                if (!topics.isEmpty() && !topics.contains(recorded.topic())) {
                    return;
                }
                Pace.awaitDue(start, pace.dueNanos(index[0]++, recorded.timestamp()));
                RecordedRecord record = transform.apply(recorded);
                if (record == null) {
                    throughput.failed(new IllegalArgumentException("skipped: not restampable, "
                            + recorded.topic() + "@" + recorded.partition() + ":" + recorded.offset()));
                    return;
                }
                List<Header> headers = new ArrayList<>(record.headers().size());
                record.headers().forEach(header -> headers.add(new RecordHeader(header.key(), header.value())));
                producer.send(new ProducerRecord<>(record.topic(), null,
                        freshTimestamps ? null : record.timestamp(), record.key(), record.value(), headers),
                        (metadata, error) -> {
                            if (error == null) {
                                throughput.done(record.topic());
                            } else {
                                throughput.failed(error);
                            }
                        });
            });
            producer.flush();
        }
    }

    /**
     * Creates the topics that do not exist, with as many partitions as recorded (so keys keep their partitions), and
     * waits until the broker serves each of their partitions before the first record. An idempotent producer whose
     * first batch to a partition is refused (NOT_LEADER_OR_FOLLOWER, the partition not open yet) while a later batch
     * is taken retries the first one with OUT_OF_ORDER_SEQUENCE_NUMBER until it expires: its records are lost
     * (KAFKA-15591, seen here with topics created just before, and auto-created ones).
     */
    public void createMissingTopics(Map<String, Integer> partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = partitions.entrySet().stream().filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), Optional.of(topic.getValue()), Optional.empty()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> created = new HashMap<>();
            missing.forEach(topic -> {
                for (int partition = 0; partition < topic.numPartitions(); partition++) {
                    created.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
                }
            });
            awaitServed(admin, created);
        }
    }

    /**
     * The topics' {@code retention.ms} (absent: unlimited). The broker deletes records older than that by their
     * timestamp, the active segment too, at its next retention check: a verbatim replay of an old recording vanishes
     * within minutes (seen in this module's tests with timestamps a year old).
     */
    public Map<String, Long> retentionMillis(Set<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<ConfigResource> resources = topics.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<String, Long> retention = new HashMap<>();
            admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS).forEach((resource, config) -> {
                ConfigEntry entry = config.get(TopicConfig.RETENTION_MS_CONFIG);
                if (entry != null && entry.value() != null && Long.parseLong(entry.value()) >= 0) {
                    retention.put(resource.name(), Long.parseLong(entry.value()));
                }
            });
            return retention;
        }
    }

    /** Until a ListOffsets on every partition succeeds: its leader has opened it. */
    private static void awaitServed(Admin admin, Map<TopicPartition, OffsetSpec> partitions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the new topics' partitions are not served after 60 s: "
                            + notYet.getCause(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"); // per-key order kept across retries
        // Measured here (200,000 records of ~100 bytes, local broker, warm JVM, 2 loaded cores, runs alternated):
        // 256 KB batches and 5 ms linger 35,000-57,000 records/s, 1 MB and 20 ms 76,000-134,000.
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(1 << 20));
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L << 20));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.putAll(producerOverrides);
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
