package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.infrastructure.Infrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record} then {@code replay} on a real Kafka: what comes back is what was there, key by key, in order. */
class KafkaReplayTest {

    private static final int KEYS = 20;
    private static final int PER_KEY = 50;
    /**
     * Recent timestamps: the broker deletes records older than the topic's retention (7 days), even in the active
     * segment, when its retention check runs; records from a fixed date in the past vanished mid-test that way.
     */
    private static final long START = System.currentTimeMillis() - 3_600_000;

    private static String kafka;
    private static TestTopics topics;

    @TempDir
    Path folder;

    @BeforeAll
    static void startKafka() {
        kafka = Infrastructure.start("kafka").kafka().bootstrapServers();
        topics = new TestTopics(kafka);
    }

    @AfterAll
    static void closeAdmin() {
        topics.close();
    }

    @Test
    void a_recording_replayed_after_the_topic_was_deleted_gives_each_key_its_records_in_order_on_its_partition()
            throws Exception {
        String topic = "replay-order-" + UUID.randomUUID();
        topics.create(topic, 4);
        Map<String, List<Sent>> sent = produce(topic);
        Path recording = folder.resolve("order.ndjson.gz");

        Cli record = Cli.run("record", "--kafka", kafka, "--topics", topic, "--out", recording.toString());
        assertThat(record.exitCode()).isZero();
        assertThat(RecordingFile.read(recording, each -> { })).isEqualTo(KEYS * PER_KEY);

        topics.delete(topic); // the replay creates it again, with the recorded partitions
        Cli replay = Cli.run("replay", recording.toString(), "--kafka", kafka);

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains(String.format("REPLAY: %,d records", KEYS * PER_KEY), "errors 0");
        Map<String, List<Sent>> replayed = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> back : topics.readAll(topic, KEYS * PER_KEY)) {
            replayed.computeIfAbsent(text(back.key()), key -> new ArrayList<>()).add(Sent.of(back));
        }
        assertThat(replayed).isEqualTo(sent);
    }

    @Test
    void replay_of_200000_small_records_prints_its_rate_and_record_keeps_up() throws Exception {
        int count = 200_000;
        String warmUpTopic = "replay-warm-up-" + UUID.randomUUID();
        String topic = "replay-speed-" + UUID.randomUUID();
        Path warmUp = smallRecords(warmUpTopic, count);
        Path recording = smallRecords(topic, count);

        Cli first = Cli.run("replay", warmUp.toString(), "--kafka", kafka); // JIT and broker warm-up, printed too
        Cli replay = Cli.run("replay", recording.toString(), "--kafka", kafka);

        assertThat(first.exitCode()).isZero();
        assertThat(replay.exitCode()).isZero();
        assertThat(topics.size(List.of(topic))).isEqualTo(count);
        Path again = folder.resolve("speed-again.ndjson.gz");
        Cli record = Cli.run("record", "--kafka", kafka, "--topics", topic, "--out", again.toString());
        assertThat(record.exitCode()).isZero();
        assertThat(RecordingFile.read(again, each -> { })).isEqualTo(count);
        System.out.println("REPLAY SPEED (200,000 records of ~100 bytes, 2 headers, local Kafka, printed only): "
                + "cold " + line(first.out(), "REPLAY:") + " | warm " + line(replay.out(), "REPLAY:") + " | "
                + line(record.out(), "RECORD:"));
    }

    @Test
    void a_verbatim_replay_of_records_older_than_the_topics_retention_says_they_will_be_deleted() throws Exception {
        String topic = "replay-old-" + UUID.randomUUID();
        Path recording = folder.resolve("old.ndjson.gz");
        try (RecordingFile.Writer writer = new RecordingFile.Writer(recording)) {
            writer.write(new RecordedRecord(topic, 0, 0, 1_700_000_000_000L, bytes("VF7OLD00000000001"),
                    bytes("{}"), List.of()));
        }

        Cli replay = Cli.run("replay", recording.toString(), "--kafka", kafka);

        assertThat(replay.exitCode()).isZero();
        assertThat(replay.err()).contains("WARNING: records of " + topic + " are older than its retention.ms (PT168H)");
    }

    /** A recording of small VehicleStateReported-like records on 1,000 keys, on 4 partitions as the platform's. */
    private Path smallRecords(String topic, int count) throws Exception {
        Path recording = folder.resolve(topic + ".ndjson.gz");
        try (RecordingFile.Writer writer = new RecordingFile.Writer(recording)) {
            for (int i = 0; i < count; i++) {
                String vin = String.format("VF7SPEED%09d", i % 1000);
                writer.write(new RecordedRecord(topic, i % 4, i / 4, START + i, vin.getBytes(StandardCharsets.UTF_8),
                        ("{\"vin\":\"" + vin + "\",\"doors\":\"LOCKED\",\"seq\":" + i + "}")
                                .getBytes(StandardCharsets.UTF_8),
                        List.of(new RecordedRecord.Header("ce_id", UUID.randomUUID().toString()
                                .getBytes(StandardCharsets.UTF_8)),
                                new RecordedRecord.Header("ce_type", "dev.remotecommands.VehicleStateReported"
                                        .getBytes(StandardCharsets.UTF_8)))));
            }
        }
        return recording;
    }

    /** 20 keys × 50 records, interleaved, each with its own headers and timestamp; what each key got, in order. */
    private static Map<String, List<Sent>> produce(String topic) {
        Map<String, List<Sent>> sent = new LinkedHashMap<>();
        List<Runnable> sending = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (int seq = 0; seq < PER_KEY; seq++) {
                for (int k = 0; k < KEYS; k++) {
                    String key = "VF7ORDER" + String.format("%09d", k);
                    long timestamp = START + seq * 1000L + k;
                    List<Header> headers = List.of(new RecordHeader("ce_id", bytes(UUID.randomUUID().toString())),
                            new RecordHeader("seq", bytes(Integer.toString(seq))), new RecordHeader("seq", null));
                    String value = "{\"vin\":\"" + key + "\",\"seq\":" + seq + "}";
                    Future<RecordMetadata> metadata = producer.send(new ProducerRecord<>(topic, null, timestamp, key,
                            value, headers));
                    List<String> headerTexts = headers.stream()
                            .map(h -> h.key() + "=" + (h.value() == null ? null : text(h.value()))).toList();
                    sending.add(() -> sent.computeIfAbsent(key, any -> new ArrayList<>())
                            .add(new Sent(value, timestamp, headerTexts, partitionOf(metadata))));
                }
            }
            producer.flush();
        }
        sending.forEach(Runnable::run);
        return sent;
    }

    /** What a key's record carries, in comparable form. */
    private record Sent(String value, long timestamp, List<String> headers, int partition) {

        static Sent of(ConsumerRecord<byte[], byte[]> record) {
            List<String> headers = new ArrayList<>();
            record.headers().forEach(h -> headers.add(h.key() + "=" + (h.value() == null ? null : text(h.value()))));
            return new Sent(text(record.value()), record.timestamp(), headers, record.partition());
        }
    }

    private static int partitionOf(Future<RecordMetadata> metadata) {
        try {
            return metadata.get(30, TimeUnit.SECONDS).partition();
        } catch (Exception e) {
            throw new IllegalStateException("a test record was not written", e);
        }
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse("(no " + prefix + " line)");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
