package dev.remotecommands.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.loadtest.benchmark.LatencyRecorder.Percentiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {

    private static final Instant STARTED = Instant.parse("2026-12-02T17:30:00Z");

    @Test
    void writes_markdown_json_and_a_chart_with_the_platform_as_a_ratio_to_the_raw_pipe(@TempDir Path folder)
            throws IOException {
        List<StepFigures> steps = List.of(step("platform", 50, 40, 400), step("raw-pipe", 50, 4, 20),
                step("platform", 100, 60, 900), step("raw-pipe", 100, 5, 30));

        Path markdown = SweepReport.write(folder, new SweepReport.Setup(STARTED, 1000, List.of("LOCK"), 60, "Test."),
                steps);

        assertThat(markdown.getFileName().toString()).isEqualTo("throughput-2026-12-02T1730Z.md");
        String text = Files.readString(markdown);
        assertThat(text).contains("| 50 | platform |", "| 10.0× | 20.0× |", "| 100 | raw-pipe |",
                "![latency and carried rate against offered rate](throughput-2026-12-02T1730Z.png)");
        assertThat(Files.readString(folder.resolve("latest.md"))).isEqualTo(text);
        assertThat(Files.readString(folder.resolve("throughput-2026-12-02T1730Z.json")))
                .contains("\"target\" : \"raw-pipe\"", "\"offeredRate\" : 100.0");
        var chart = ImageIO.read(folder.resolve("throughput-2026-12-02T1730Z.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(600);
    }

    private static StepFigures step(String target, double rate, double p50, double p99) {
        Percentiles endToEnd = new Percentiles(100, p50, p99, p99, p99, p99 * 2);
        return new StepFigures(target, rate, 100, 100, Map.of(), Map.of("SUCCEEDED", 100L), rate, 0.5,
                Map.of("accept", endToEnd, "end_to_end", endToEnd, "end_to_end LOCK SUCCEEDED", endToEnd), Map.of(),
                Map.of("kafka", 1.0), Map.of("kafka", 10.0));
    }
}
