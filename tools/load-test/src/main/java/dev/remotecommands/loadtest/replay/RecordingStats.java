package dev.remotecommands.loadtest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a recording holds: records per topic, per payload type (a command's {@code type}, an ack's {@code status})
 * and per VIN, its time span, and how many records fall in each second of it.
 */
public final class RecordingStats {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> perTopic = new TreeMap<>();
    private final Map<String, Long> perType = new TreeMap<>();
    private final Map<String, Long> perVin = new TreeMap<>();
    private final TreeMap<Long, Long> perSecond = new TreeMap<>();
    private long total;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    public static RecordingStats of(Path file) throws IOException {
        RecordingStats stats = new RecordingStats();
        RecordingFile.read(file, stats::add);
        return stats;
    }

    public void add(RecordedRecord record) {
        total++;
        perTopic.merge(record.topic(), 1L, Long::sum);
        JsonNode value = parse(record.value());
        perType.merge(record.topic() + " " + typeOf(value), 1L, Long::sum);
        String vin = value != null && value.path("vin").isTextual() ? value.path("vin").asText() : record.keyText();
        perVin.merge(vin == null ? "(no key)" : vin, 1L, Long::sum);
        first = Math.min(first, record.timestamp());
        last = Math.max(last, record.timestamp());
        perSecond.merge(Math.floorDiv(record.timestamp(), 1000L), 1L, Long::sum);
    }

    private static String typeOf(JsonNode value) {
        if (value == null) {
            return "(not JSON)";
        }
        for (String field : new String[] {"type", "status"}) {
            if (value.path(field).isTextual()) {
                return value.path(field).asText();
            }
        }
        return "-";
    }

    private static JsonNode parse(byte[] value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (IOException notJson) {
            return null;
        }
    }

    public long total() {
        return total;
    }

    public Map<String, Long> perTopic() {
        return perTopic;
    }

    public Map<String, Long> perType() {
        return perType;
    }

    public Map<String, Long> perVin() {
        return perVin;
    }

    public Instant first() {
        return total == 0 ? null : Instant.ofEpochMilli(first);
    }

    public Instant last() {
        return total == 0 ? null : Instant.ofEpochMilli(last);
    }

    /**
     * Records per second over time, in buckets of {@code bucketSeconds}: the bucket's start (seconds after the first
     * record's second) → its mean rate. Empty seconds count as zero, so a pause shows as one.
     */
    public TreeMap<Long, Double> rateProfile(long bucketSeconds) {
        TreeMap<Long, Double> profile = new TreeMap<>();
        if (total == 0) {
            return profile;
        }
        long start = perSecond.firstKey();
        for (long bucket = 0; start + bucket <= perSecond.lastKey(); bucket += bucketSeconds) {
            long count = perSecond.subMap(start + bucket, start + bucket + bucketSeconds).values().stream()
                    .mapToLong(Long::longValue).sum();
            profile.put(bucket, (double) count / bucketSeconds);
        }
        return profile;
    }

    /** A bucket size that gives a table of at most {@code rows} rows. */
    public long bucketSecondsFor(int rows) {
        if (total == 0) {
            return 1;
        }
        long seconds = perSecond.lastKey() - perSecond.firstKey() + 1;
        return Math.max(1, (seconds + rows - 1) / rows);
    }
}
