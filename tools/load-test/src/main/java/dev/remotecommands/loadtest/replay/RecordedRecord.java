package dev.remotecommands.loadtest.replay;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One Kafka record as a recording holds it: where it was (topic, partition, offset), when (its timestamp, ms since
 * the epoch), and its bytes (key, value, headers in their order; null stays null).
 */
public record RecordedRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value,
        List<Header> headers) {

    /** A record header; repeated keys are allowed, as in Kafka. */
    public record Header(String key, byte[] value) {
    }

    /** The key as text (keys here are VINs or account ids), or null. */
    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** The first header of that name, as text, or null. */
    public String header(String name) {
        for (Header header : headers) {
            if (header.key().equals(name)) {
                return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
