package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect}: the counts, the span and the rate profile of a recording, and its chart beside it. */
class InspectCommandTest {

    private static final long START = 1_764_000_000_000L;

    @TempDir
    Path folder;

    @Test
    void counts_per_topic_type_and_vin_the_span_and_the_rate_per_second_with_a_chart_beside_the_recording()
            throws Exception {
        Path recording = folder.resolve("run.ndjson.gz");
        try (RecordingFile.Writer writer = new RecordingFile.Writer(recording)) {
            for (int i = 0; i < 30; i++) { // 10 records in second 0, 20 in second 2, none in second 1
                long at = i < 10 ? START + i : START + 2000 + i;
                writer.write(record("CommandRequested", "VF7DEMCAR0000000" + (i % 3),
                        "{\"vin\":\"VF7DEMCAR0000000" + (i % 3) + "\",\"type\":\"" + (i % 2 == 0 ? "LOCK" : "HORN")
                                + "\"}", at));
            }
            writer.write(record("CommandAcked", "VF7DEMCAR00000000",
                    "{\"vin\":\"VF7DEMCAR00000000\",\"status\":\"SUCCEEDED\"}", START + 2500));
        }

        Cli inspect = Cli.run("inspect", recording.toString());

        assertThat(inspect.exitCode()).isZero();
        assertThat(inspect.out()).contains("31 records", "(PT2.5S)")
                .containsPattern("CommandRequested\\s+30\\n")
                .containsPattern("CommandAcked\\s+1\\n")
                .containsPattern("CommandRequested LOCK\\s+15\\n")
                .containsPattern("CommandAcked SUCCEEDED\\s+1\\n")
                .contains("3 VINs")
                .containsPattern("VF7DEMCAR00000000\\s+11\\n")
                .containsPattern("\\+\\s+0 s\\s+10\\.0\\n")
                .containsPattern("\\+\\s+1 s\\s+0\\.0\\n")
                .containsPattern("\\+\\s+2 s\\s+21\\.0\\n");
        Path chart = folder.resolve("run.rate.png");
        assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
    }

    private static RecordedRecord record(String topic, String key, String value, long timestamp) {
        return new RecordedRecord(topic, 0, 0, timestamp, key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8), List.of());
    }
}
