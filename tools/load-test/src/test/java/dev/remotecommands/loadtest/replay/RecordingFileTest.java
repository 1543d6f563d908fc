package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recording format: every field of a record comes back byte for byte, and each line is a plain JSON object. */
class RecordingFileTest {

    private static final byte[] NOT_UTF8 = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80};

    @TempDir
    Path folder;

    private final RecordedRecord text = new RecordedRecord("CommandRequested", 3, 41, 1_764_000_000_123L,
            bytes("VF7DEMCAR00000001"), bytes("{\"commandId\":\"c1\",\"note\":\"é \\\" \\n\"}"),
            List.of(new RecordedRecord.Header("ce_id", bytes("e1")),
                    new RecordedRecord.Header("ce_type", bytes("dev.remotecommands.CommandRequested")),
                    new RecordedRecord.Header("ce_id", bytes("repeated")),
                    new RecordedRecord.Header("empty", null)));
    private final RecordedRecord binary = new RecordedRecord("Other", 0, 7, 5L, NOT_UTF8, NOT_UTF8,
            List.of(new RecordedRecord.Header("raw", NOT_UTF8)));
    private final RecordedRecord tombstone = new RecordedRecord("EnrollmentRevoked", 1, 0, 6L, null, null, List.of());

    @Test
    void a_record_comes_back_with_its_topic_partition_offset_timestamp_key_value_and_headers() throws Exception {
        Path file = write(text, binary, tombstone);

        List<RecordedRecord> read = new ArrayList<>();
        long count = RecordingFile.read(file, read::add);

        assertThat(count).isEqualTo(3);
        assertSame(read.get(0), text);
        assertSame(read.get(1), binary);
        assertSame(read.get(2), tombstone);
    }

    @Test
    void each_line_is_one_json_object_with_text_as_text_and_other_bytes_in_base64() throws Exception {
        Path file = write(text, binary, tombstone);

        List<String> lines = lines(file);

        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(lines).as("one object per line, nothing around it").allMatch(
                line -> line.startsWith("{") && line.endsWith("}"));
        assertThat(first.path("topic").asText()).isEqualTo("CommandRequested");
        assertThat(first.path("partition").asInt()).isEqualTo(3);
        assertThat(first.path("offset").asLong()).isEqualTo(41);
        assertThat(first.path("timestamp").asLong()).isEqualTo(1_764_000_000_123L);
        assertThat(first.path("key").asText()).isEqualTo("VF7DEMCAR00000001");
        assertThat(json.readTree(first.path("value").asText()).path("commandId").asText())
                .as("the payload is readable as JSON text, as jq's fromjson reads it").isEqualTo("c1");
        assertThat(first.path("headers").get(0).path("key").asText()).isEqualTo("ce_id");
        assertThat(first.path("headers").get(3).path("value").isNull()).isTrue();

        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.has("value")).isFalse();
        assertThat(second.path("valueBase64").asText()).isEqualTo("//4AAYA=");
        assertThat(second.path("keyBase64").asText()).isEqualTo("//4AAYA=");
        assertThat(second.path("headers").get(0).path("valueBase64").asText()).isEqualTo("//4AAYA=");

        JsonNode third = json.readTree(lines.get(2));
        assertThat(third.path("key").isNull()).isTrue();
        assertThat(third.path("value").isNull()).isTrue();
    }

    private Path write(RecordedRecord... records) throws Exception {
        Path file = folder.resolve("run.ndjson.gz");
        try (RecordingFile.Writer writer = new RecordingFile.Writer(file)) {
            for (RecordedRecord record : records) {
                writer.write(record);
            }
        }
        return file;
    }

    private static List<String> lines(Path file) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static void assertSame(RecordedRecord actual, RecordedRecord expected) {
        assertThat(actual.topic()).isEqualTo(expected.topic());
        assertThat(actual.partition()).isEqualTo(expected.partition());
        assertThat(actual.offset()).isEqualTo(expected.offset());
        assertThat(actual.timestamp()).isEqualTo(expected.timestamp());
        assertThat(actual.key()).isEqualTo(expected.key());
        assertThat(actual.value()).isEqualTo(expected.value());
        assertThat(actual.headers()).hasSameSizeAs(expected.headers());
        for (int i = 0; i < expected.headers().size(); i++) {
            assertThat(actual.headers().get(i).key()).isEqualTo(expected.headers().get(i).key());
            assertThat(actual.headers().get(i).value()).isEqualTo(expected.headers().get(i).value());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
