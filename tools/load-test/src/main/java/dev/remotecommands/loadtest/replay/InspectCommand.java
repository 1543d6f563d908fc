package dev.remotecommands.loadtest.replay;

import dev.remotecommands.loadtest.report.RateChart;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load-test inspect}: what a recording holds, as tables on stdout and a rate chart (PNG). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints what a recording holds: records per topic, per payload type and per VIN, its time span,"
                + " and its rate profile (records/s over time) as a table and a PNG chart.")
public final class InspectCommand implements Callable<Integer> {

    private static final int PROFILE_ROWS = 40;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "The recording (gzip NDJSON) to read.")
    private Path file;

    @Option(names = "--chart", description = "Where to write the rate chart (PNG); default beside the recording,"
            + " <name>.rate.png.")
    private Path chart;

    @Option(names = "--top-vins", defaultValue = "10", description = "How many of the busiest VINs to list"
            + " (default: ${DEFAULT-VALUE}).")
    private int topVins;

    @Override
    public Integer call() throws Exception {
        RecordingStats stats = RecordingStats.of(file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Recording %s: %,d records%n", file, stats.total());
        if (stats.total() == 0) {
            out.flush();
            return 0;
        }
        Duration span = Duration.between(stats.first(), stats.last());
        out.printf("Time span: %s to %s (%s)%n%n", stats.first(), stats.last(), span);
        table(out, "topic", stats.perTopic());
        table(out, "topic and type", stats.perType());
        out.printf("%,d VINs (or keys); the %d with the most records:%n", stats.perVin().size(), topVins);
        stats.perVin().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(topVins)
                .forEach(vin -> out.printf("  %-40s %,12d%n", vin.getKey(), vin.getValue()));
        long bucket = stats.bucketSecondsFor(PROFILE_ROWS);
        TreeMap<Long, Double> profile = stats.rateProfile(bucket);
        out.printf("%nRate profile (records/s, mean over %d s):%n", bucket);
        profile.forEach((second, rate) -> out.printf("  +%6d s %,12.1f%n", second, rate));
        Path png = chart != null ? chart : besideRecording();
        RateChart.write(png, "Rate profile of " + file.getFileName(), stats.rateProfile(1));
        out.printf("%nChart: %s%n", png.toAbsolutePath());
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, String heading, Map<String, Long> counts) {
        out.printf("Records per %s:%n", heading);
        counts.forEach((name, count) -> out.printf("  %-40s %,12d%n", name, count));
        out.println();
    }

    private Path besideRecording() {
        String name = file.getFileName().toString().replaceFirst("(\\.ndjson)?(\\.gz)?$", "");
        Path folder = file.toAbsolutePath().getParent();
        return folder.resolve(name + ".rate.png");
    }
}
