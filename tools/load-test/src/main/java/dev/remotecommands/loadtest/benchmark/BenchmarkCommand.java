package dev.remotecommands.loadtest.benchmark;

import dev.remotecommands.infrastructure.keycloak.TokenClient;
import dev.remotecommands.loadtest.LoadOptions;
import dev.remotecommands.loadtest.PlatformOptions;
import dev.remotecommands.loadtest.Progress;
import dev.remotecommands.loadtest.RateLimits;
import dev.remotecommands.loadtest.fleet.FleetFile;
import dev.remotecommands.loadtest.proc.PlatformProcesses;
import dev.remotecommands.loadtest.rawpipe.RawPipe;
import dev.remotecommands.loadtest.rawpipe.RawPipeTarget;
import dev.remotecommands.loadtest.report.StepFigures;
import dev.remotecommands.loadtest.report.SweepReport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The throughput sweep: for each rate, a step of open-loop load on the platform's BFF API, then the same step on the
 * raw pipe (started here, on the same Kafka and MQTT broker), each with its latencies, refusals, carried rate and
 * the CPU every platform process used; then the reports under {@code --out}.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Open-loop load on the BFF's REST API beside a raw pipe of the same hops, over a sweep of rates.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    private LoadOptions load;

    @Option(names = "--warm-up-seconds", defaultValue = "10",
            description = "Unrecorded load at the first rate before the sweep, for the JVMs' JIT "
                    + "(default ${DEFAULT-VALUE}).")
    private long warmUpSeconds;

    @Option(names = "--types", split = ",", defaultValue = "LOCK,UNLOCK,LIGHTS,HORN,REFRESH_STATE",
            description = "Command types mixed (default ${DEFAULT-VALUE}).")
    private List<String> types;

    @Option(names = "--drain-seconds", defaultValue = "110",
            description = "After a step, how long to wait for its commands to end (default ${DEFAULT-VALUE}: the "
                    + "60-s deadline and the services' graces).")
    private long drainSeconds;

    @Option(names = "--no-raw-pipe", description = "Drive only the platform.")
    private boolean noRawPipe;

    @Option(names = "--no-kafka-hops", description = "Split the hops by the history only (no reading of Kafka).")
    private boolean noKafkaHops;

    @Option(names = "--echo-cars", defaultValue = "8", description = "MQTT connections playing the raw pipe's cars.")
    private int echoCars;

    @Option(names = "--pids", split = ",", paramLabel = "NAME=PID",
            description = "The processes to measure, instead of finding them by their command lines.")
    private Map<String, Long> pids;

    @Option(names = "--project-dir", defaultValue = ".",
            description = "The checkout whose platform processes are measured (default: the current folder; "
                    + "./load-test runs from the repository root).")
    private Path projectDirectory;

    @Option(names = "--out", defaultValue = "docs/benchmarks",
            description = "Folder of the reports (default ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws InterruptedException {
        PlatformOptions platform = load.platform();
        FleetFile fleet = FleetFile.read(load.fleetFile());
        if (fleet.cars().isEmpty()) {
            System.err.println("The fleet file " + load.fleetFile() + " has no car: run fleet-setup first.");
            return 2;
        }
        Duration step = load.step();
        List<Double> rates = load.rates();
        Duration drain = Duration.ofSeconds(drainSeconds);
        RateLimits.printCarsNeeded(rates, step, fleet.cars().size());
        CarPicker picker = new CarPicker(fleet.cars().size(), types);
        rates.forEach(rate -> System.out.printf("  at %.0f/s a (car, type) comes back every %.1f s%n", rate,
                picker.reuseSeconds(rate)));
        PlatformProcesses processes = pids == null ? PlatformProcesses.find(Path.of("/proc"), projectDirectory)
                : PlatformProcesses.given(pids);
        Map<String, String> measured = new LinkedHashMap<>();
        processes.pids().forEach((name, list) -> measured.put(name, list.size() <= 3 ? list.toString()
                : list.size() + " processes"));
        System.out.println("Measuring the CPU of " + measured);

        PlatformTarget platformTarget = new PlatformTarget(platform.commandUrl(), accessTokens(fleet), drain);
        HistoryHops history = new HistoryHops(platform.commandUrl());
        OpenLoopStep runner = new OpenLoopStep(drain.plusSeconds(10));
        Instant started = Instant.now();
        List<StepFigures> figures = new ArrayList<>();
        AtomicReference<String> now = new AtomicReference<>("starting");
        AtomicInteger sent = new AtomicInteger();
        try (RawPipe pipe = noRawPipe ? null : new RawPipe(platform.kafka(), platform.mqttHost(), platform.mqttPort(),
                echoCars);
             RawPipeTarget rawTarget = pipe == null ? null : new RawPipeTarget(pipe, drain);
             KafkaPassages kafka = noKafkaHops ? null : new KafkaPassages(platform.kafka());
             Progress progress = Progress.every(Duration.ofSeconds(5), () -> "benchmark " + now.get() + ": "
                     + sent.get() + " sent")) {
            if (warmUpSeconds > 0) {
                now.set("warm-up at " + rates.get(0) + "/s");
                runner.run(platformTarget, new Schedule(rates.get(0), Duration.ofSeconds(warmUpSeconds)), picker,
                        sent::set);
            }
            for (double rate : rates) {
                List<Target> targets = new ArrayList<>(List.of(platformTarget));
                if (rawTarget != null) {
                    targets.add(rawTarget);
                }
                for (Target target : targets) {
                    now.set(target.name() + " at " + rate + "/s");
                    var mark = kafka == null ? null : kafka.mark();
                    PlatformProcesses.Snapshot cpuBefore = processes.snapshot();
                    OpenLoopStep.Result result = runner.run(target, new Schedule(rate, step), picker, sent::set);
                    Map<String, Double> cpu = PlatformProcesses.cpuSeconds(cpuBefore, processes.snapshot());
                    LatencyRecorder hops = target == platformTarget
                            ? history.read(result.accepted(), platformTarget,
                                    kafka == null ? KafkaPassages.Step.NONE : kafka.since(mark))
                            : new LatencyRecorder();
                    StepFigures stepFigures = figures(result, hops, cpu);
                    figures.add(stepFigures);
                    System.out.println(line(stepFigures));
                }
            }
        }
        Path report = SweepReport.write(out, new SweepReport.Setup(started, fleet.cars().size(), types,
                step.toSeconds(),
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores."), figures);
        System.out.println("Reports: " + report + " (and .json, .png, latest.md)");
        return 0;
    }

    /** A fresh token per driver (they live 30 min; the fleet file keeps where they come from, not the tokens). */
    private static List<PlatformTarget.Car> accessTokens(FleetFile fleet) {
        String keycloak = fleet.tokenEndpoint().substring(0, fleet.tokenEndpoint().indexOf("/realms/"));
        return fleet.cars().parallelStream().map(car -> new PlatformTarget.Car(car.vin(),
                TokenClient.accessToken(keycloak, car.username(), car.password()), car.remoteSession())).toList();
    }

    private static StepFigures figures(OpenLoopStep.Result result, LatencyRecorder hops, Map<String, Double> cpu) {
        Map<String, Double> perCommand = new LinkedHashMap<>();
        int accepted = result.accepted().size();
        cpu.forEach((name, secondsUsed) -> perCommand.put(name, accepted == 0 ? Double.NaN
                : secondsUsed * 1000 / accepted));
        return new StepFigures(result.target(), result.schedule().rate(), result.posted(), accepted, result.refused(),
                result.outcomes(), result.carriedRate(), result.sendLagMaxMillis(), result.latency().percentiles(),
                hops.percentiles(), cpu, perCommand);
    }

    private static String line(StepFigures step) {
        return String.format("THROUGHPUT %s offered=%.0f/s posted=%d accepted=%d refused=%s carried=%.1f/s "
                        + "accept_ms p50=%.1f p99=%.1f e2e_ms p50=%.1f p99=%.1f max=%.1f outcomes=%s "
                        + "cpu_ms_per_command=%.2f send_lag_max_ms=%.1f",
                step.target(), step.offeredRate(), step.posted(), step.accepted(), step.refused(), step.carriedRate(),
                step.accept().p50(), step.accept().p99(), step.endToEnd().p50(), step.endToEnd().p99(),
                step.endToEnd().max(), step.outcomes(), step.totalCpuMillisPerCommand(), step.sendLagMaxMillis());
    }
}
