package dev.remotecommands.loadtest.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The recording format: gzip of NDJSON, one record per line,
 * {@code {"topic","partition","offset","timestamp","key","value","headers":[{"key","value"}]}}. Keys, values and
 * header values are the record's bytes as UTF-8 text (so {@code jq '.value | fromjson'} reads a payload), or, for
 * bytes that are not UTF-8, base64 under {@code keyBase64} / {@code valueBase64}; a null is JSON null. Text rather
 * than embedded JSON keeps the bytes exact: a verbatim replay sends what was recorded, byte for byte.
 */
public final class RecordingFile {

    /** No separator between root values: each line is exactly one JSON object (Jackson's default puts a space). */
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);
    private static final int BUFFER = 1 << 16;

    private RecordingFile() {
    }

    /** Writes records to a new recording; fast gzip (level 1): recording must keep up with the topics. */
    public static final class Writer implements AutoCloseable {

        private final JsonGenerator out;

        public Writer(Path file) throws IOException {
            GZIPOutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), BUFFER) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            out = JSON.createGenerator(new BufferedOutputStream(gzip, BUFFER));
        }

        public void write(RecordedRecord record) {
            try {
                out.writeStartObject();
                out.writeStringField("topic", record.topic());
                out.writeNumberField("partition", record.partition());
                out.writeNumberField("offset", record.offset());
                out.writeNumberField("timestamp", record.timestamp());
                bytes("key", record.key());
                bytes("value", record.value());
                out.writeArrayFieldStart("headers");
                for (RecordedRecord.Header header : record.headers()) {
                    out.writeStartObject();
                    out.writeStringField("key", header.key());
                    bytes("value", header.value());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
                out.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void bytes(String field, byte[] bytes) throws IOException {
            if (bytes == null) {
                out.writeNullField(field);
                return;
            }
            String text = utf8OrNull(bytes);
            if (text != null) {
                out.writeStringField(field, text);
            } else {
                out.writeStringField(field + "Base64", Base64.getEncoder().encodeToString(bytes));
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads a recording from start to end, handing each record on. */
    public static long read(Path file, Consumer<RecordedRecord> each) throws IOException {
        long count = 0;
        try (JsonParser in = JSON.createParser(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), BUFFER), BUFFER))) {
            while (in.nextToken() == JsonToken.START_OBJECT) {
                each.accept(record(in));
                count++;
            }
        }
        return count;
    }

    private static RecordedRecord record(JsonParser in) throws IOException {
        String topic = null;
        int partition = -1;
        long offset = -1;
        long timestamp = -1;
        byte[] key = null;
        byte[] value = null;
        List<RecordedRecord.Header> headers = new ArrayList<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "topic" -> topic = in.getText();
                case "partition" -> partition = in.getIntValue();
                case "offset" -> offset = in.getLongValue();
                case "timestamp" -> timestamp = in.getLongValue();
                case "key", "keyBase64" -> key = bytes(in, field);
                case "value", "valueBase64" -> value = bytes(in, field);
                case "headers" -> {
                    while (in.nextToken() == JsonToken.START_OBJECT) {
                        String name = null;
                        byte[] bytes = null;
                        while (in.nextToken() == JsonToken.FIELD_NAME) {
                            String headerField = in.currentName();
                            in.nextToken();
                            if (headerField.equals("key")) {
                                name = in.getText();
                            } else {
                                bytes = bytes(in, headerField);
                            }
                        }
                        headers.add(new RecordedRecord.Header(name, bytes));
                    }
                }
                default -> in.skipChildren();
            }
        }
        return new RecordedRecord(topic, partition, offset, timestamp, key, value, headers);
    }

    private static byte[] bytes(JsonParser in, String field) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return field.endsWith("Base64") ? Base64.getDecoder().decode(in.getText())
                : in.getText().getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
