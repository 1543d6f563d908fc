package dev.remotecommands.loadtest.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.remotecommands.loadtest.benchmark.LatencyRecorder.Percentiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sweep's reports under one folder: {@code throughput-<date>.md} (a table per figure, platform beside raw pipe),
 * {@code .json} (every figure), {@code .png} (the chart), and {@code latest.md}, a copy of the newest Markdown.
 */
public final class SweepReport {

    /** What was run, for the reports' heading. */
    public record Setup(Instant started, int cars, List<String> types, long stepSeconds, String notes) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private SweepReport() {
    }

    /** Writes the three files and latest.md; returns the Markdown file. */
    public static Path write(Path folder, Setup setup, List<StepFigures> steps) {
        String base = "throughput-" + STAMP.format(setup.started());
        try {
            Files.createDirectories(folder);
            JSON.writeValue(folder.resolve(base + ".json").toFile(), Map.of("setup", setup, "steps", steps));
            SweepChart.write(folder.resolve(base + ".png"), steps);
            String markdown = markdown(setup, steps, base + ".png");
            Path file = folder.resolve(base + ".md");
            Files.writeString(file, markdown);
            Files.writeString(folder.resolve("latest.md"), markdown);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports under " + folder, e);
        }
    }

    static String markdown(Setup setup, List<StepFigures> steps, String chart) {
        StringBuilder text = new StringBuilder();
        text.append("# Throughput, ").append(setup.started()).append("\n\n")
                .append(setup.cars()).append(" cars, types ").append(setup.types()).append(", ")
                .append(setup.stepSeconds()).append(" s per rate. ").append(setup.notes()).append("\n\n")
                .append("Latencies in ms from each command's intended send time (open loop, corrected for coordinated"
                        + " omission). `raw-pipe`: the same hops with no logic, on the same Kafka and MQTT broker; "
                        + "`× raw`: platform ÷ raw pipe. See tools/load-test/README.md for what each figure means.\n\n")
                .append("![latency and carried rate against offered rate](").append(chart).append(")\n\n");
        text.append("| offered/s | target | posted | accepted | refused | carried/s | accept p50 | accept p99 "
                        + "| e2e p50 | e2e p99 | e2e max | × raw p50 | × raw p99 | CPU ms/cmd | send lag max |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<Double, StepFigures> raw = steps.stream().filter(step -> step.target().equals("raw-pipe"))
                .collect(Collectors.toMap(StepFigures::offeredRate, Function.identity(), (a, b) -> b));
        for (StepFigures step : steps) {
            StepFigures floor = raw.get(step.offeredRate());
            boolean ratio = floor != null && step != floor;
            text.append(String.format("| %.0f | %s | %d | %d | %s | %.1f | %s | %s | %s | %s | %s | %s | %s | %.2f "
                            + "| %.1f |%n", step.offeredRate(), step.target(), step.posted(), step.accepted(),
                    step.refused().isEmpty() ? "-" : step.refused().toString(), step.carriedRate(),
                    ms(step.accept().p50()), ms(step.accept().p99()), ms(step.endToEnd().p50()),
                    ms(step.endToEnd().p99()), ms(step.endToEnd().max()),
                    ratio ? times(step.endToEnd().p50(), floor.endToEnd().p50()) : "",
                    ratio ? times(step.endToEnd().p99(), floor.endToEnd().p99()) : "",
                    step.totalCpuMillisPerCommand(), step.sendLagMaxMillis()));
        }
        text.append("\n## Per type and outcome, end to end (ms, p50 / p99, count)\n\n");
        for (StepFigures step : steps) {
            text.append("- ").append(String.format("%.0f/s", step.offeredRate())).append(' ').append(step.target())
                    .append(": ");
            text.append(step.latency().entrySet().stream().filter(entry -> entry.getKey().startsWith("end_to_end "))
                    .map(entry -> entry.getKey().substring("end_to_end ".length()) + " " + pair(entry.getValue()))
                    .collect(Collectors.joining(", "))).append(". Outcomes ").append(step.outcomes()).append('\n');
        }
        text.append("\n## Platform hops (ms, p50 / p99, from the services' own timestamps)\n\n");
        steps.stream().filter(step -> !step.hops().isEmpty()).forEach(step -> text.append(String.format("- %.0f/s: ",
                step.offeredRate())).append(step.hops().entrySet().stream()
                .map(entry -> entry.getKey() + " " + pair(entry.getValue())).collect(Collectors.joining(", ")))
                .append('\n'));
        text.append("\n## CPU per command (ms of CPU per accepted command, by process)\n\n");
        for (StepFigures step : steps) {
            text.append(String.format("- %.0f/s %s: ", step.offeredRate(), step.target()))
                    .append(step.cpuMillisPerCommand().entrySet().stream()
                            .map(entry -> String.format("%s %.2f", entry.getKey(), entry.getValue()))
                            .collect(Collectors.joining(", "))).append('\n');
        }
        return text.toString();
    }

    private static String pair(Percentiles percentiles) {
        return ms(percentiles.p50()) + " / " + ms(percentiles.p99()) + " (" + percentiles.count() + ")";
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format("%.1f", millis);
    }

    private static String times(double platform, double raw) {
        return Double.isNaN(platform) || Double.isNaN(raw) || raw <= 0 ? "-" : String.format("%.1f×", platform / raw);
    }
}
