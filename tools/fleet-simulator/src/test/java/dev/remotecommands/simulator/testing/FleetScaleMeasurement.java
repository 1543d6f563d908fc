package dev.remotecommands.simulator.testing;

import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.mqtt.MqttBroker;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.FreePorts;
import dev.remotecommands.infrastructure.process.HttpProbe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fleets of N cars start in one simulator process, and what they cost. For each size: a fresh local MQTT broker
 * (HiveMQ CE, as run.sh and the tests start it) and the packaged simulator as run.sh runs it ({@code -Xmx384m},
 * SerialGC, {@code -Dsimulator.fleet-size=N}). It prints the start time, from the simulator's process start to every
 * car's ONLINE presence on the broker and to {@code /q/health/ready}; the simulator's heap after a full GC and its
 * resident memory, per car against a fleet of none; the broker's; the time of {@code GET /v1/cars/{vin}} and
 * {@code GET /v1/cars}; and how long a clean stop takes. Not a test: figures from a busy machine are noisy, so run it
 * twice and report both. From the repository root, after {@code ./mvnw -pl tools/fleet-simulator -am package
 * -DskipTests}:
 *
 * <pre>{@code
 * java -cp "tools/fleet-simulator/target/test-classes:$(cat tools/fleet-simulator/target/test-classpath.txt)" \
 *   dev.remotecommands.simulator.testing.FleetScaleMeasurement 1000 10000
 * }</pre>
 *
 * {@code -Dmeasurement.jvm-options="-Xmx1g -XX:+UseSerialGC"} changes the simulator's JVM options.
 */
public final class FleetScaleMeasurement {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final int SINGLE_CAR_REQUESTS = 200;
    private static final String BROKER_MAIN = "dev.remotecommands.infrastructure.mqtt.HiveMqBrokerMain";
    private static final Pattern SIMULATOR_SAYS = Pattern.compile("cars connected, ([0-9.]+) s after the JVM started");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** From the simulator's process start to every car's ONLINE presence on the broker, and to readiness. */
    private record StartTimes(Duration allOnline, Duration ready) {
    }

    /** What one fleet size gave. */
    private record Figures(int cars, StartTimes start, String simulatorSays, JvmMemory simulator, JvmMemory broker,
            Duration getCarMedian, Duration getCar99, Duration getAll, long getAllBytes, Duration stop) {
    }

    private final Path module;
    private final Path runs;

    private FleetScaleMeasurement(Path module) {
        this.module = module;
        this.runs = module.resolve("target/fleet-scale")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1000, 10_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        Path module = Files.isDirectory(Path.of("tools/fleet-simulator")) ? Path.of("tools/fleet-simulator")
                : Path.of(".");
        FleetScaleMeasurement measurement = new FleetScaleMeasurement(module.toAbsolutePath().normalize());
        System.out.println(machine());
        Figures none = measurement.measure(0);
        List<Figures> all = new ArrayList<>();
        for (int cars : sizes) {
            all.add(measurement.measure(cars));
        }
        System.out.println();
        System.out.println("| cars | process start → all ONLINE on the broker | → ready | simulator says | heap after GC "
                + "| RSS | heap per car | RSS per car | broker heap after GC | broker RSS | open files (simulator / "
                + "broker) | GET /v1/cars/{vin} p50 / p99 | GET /v1/cars | clean stop |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Figures figures : all) {
            System.out.println(row(figures, none));
        }
        System.out.println("Fleet of 0 for reference: heap " + mb(none.simulator().heapUsed()) + ", RSS "
                + mb(none.simulator().rss()) + "; broker heap " + mb(none.broker().heapUsed()) + ", RSS "
                + mb(none.broker().rss()) + ". Logs: " + measurement.runs);
    }

    private Figures measure(int cars) throws Exception {
        Path run = runs.resolve(cars + "-cars");
        Path brokerHome = run.resolve("broker").toAbsolutePath();
        MqttBroker broker = new MqttBroker(brokerHome, run.resolve("broker.log"), 0);
        broker.start();
        try {
            int port = Integer.parseInt(broker.endpoints().get(Endpoints.MQTT_PORT));
            long brokerPid = brokerPid(brokerHome);
            try (PresenceWatch presence = new PresenceWatch("localhost", port)) {
                int httpPort = FreePorts.pick();
                String url = "http://localhost:" + httpPort;
                ChildProcess simulator = new ChildProcess("fleet-simulator", command(httpPort, port, cars), module,
                        run.resolve("simulator.log"));
                System.out.printf("%d cars: starting (logs in %s)%n", cars, run);
                long started = System.nanoTime();
                simulator.start();
                try {
                    StartTimes start = awaitStart(simulator, started, presence, url, cars);
                    JvmMemory simulatorMemory = JvmMemory.afterGc(simulator.pid());
                    JvmMemory brokerMemory = JvmMemory.afterGc(brokerPid);
                    List<Duration> single = getCars(url, cars);
                    long beforeAll = System.nanoTime();
                    HttpResponse<byte[]> everyCar = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/cars"))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    Duration getAll = since(beforeAll);
                    long stopping = System.nanoTime();
                    simulator.stop(STOP_GRACE);
                    Figures figures = new Figures(cars, start, simulatorSays(simulator), simulatorMemory,
                            brokerMemory, percentile(single, 50), percentile(single, 99), getAll,
                            everyCar.body().length, since(stopping));
                    System.out.println(row(figures, null));
                    return figures;
                } finally {
                    simulator.stop(Duration.ofSeconds(5));
                }
            }
        } finally {
            broker.stop();
        }
    }

    private static StartTimes awaitStart(ChildProcess simulator, long started, PresenceWatch presence, String url,
            int cars) throws InterruptedException {
        Duration allOnline = null;
        Duration ready = null;
        while (allOnline == null || ready == null) {
            if (!simulator.isAlive() || since(started).compareTo(START_TIMEOUT) > 0) {
                throw simulator.failure("did not start its " + cars + " cars (" + presence.online() + " ONLINE)");
            }
            if (allOnline == null && presence.online() >= cars) {
                allOnline = since(started);
            }
            if (ready == null && HttpProbe.answersOk(url + "/q/health/ready")) {
                ready = since(started);
            }
            // a measurement's poll, not a test's wait: 50 ms is the resolution of the start times
            Thread.sleep(50);
        }
        return new StartTimes(allOnline, ready);
    }

    private List<String> command(int httpPort, int mqttPort, int cars) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable()));
        command.addAll(List.of(System.getProperty("measurement.jvm-options", "-Xmx384m -XX:+UseSerialGC")
                .trim().split("\\s+")));
        command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dquarkus.http.port=" + httpPort, "-Dmqtt.host=localhost", "-Dmqtt.port=" + mqttPort,
                "-Dsimulator.fleet-size=" + cars,
                "-jar", module.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        return command;
    }

    /** GET /v1/cars/{vin} of random cars, one after the other. */
    private static List<Duration> getCars(String url, int cars) throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; cars > 0 && i < SINGLE_CAR_REQUESTS; i++) {
            String vin = String.format("VF7DEMCAR%08d", ThreadLocalRandom.current().nextInt(1, cars + 1));
            long before = System.nanoTime();
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/cars/" + vin)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            times.add(since(before));
            if (status != 200) {
                throw new IllegalStateException("GET /v1/cars/" + vin + " answered " + status);
            }
        }
        return times;
    }

    /** The broker's JVM, known by its main class and home among this JVM's child processes. */
    private static long brokerPid(Path home) {
        return ProcessHandle.current().descendants()
                .filter(process -> commandLine(process.pid()).containsAll(List.of(BROKER_MAIN, home.toString())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no broker process for " + home))
                .pid();
    }

    /** From /proc: ProcessHandle.Info has no arguments for a command line as long as the broker's classpath. */
    private static List<String> commandLine(long pid) {
        try {
            return List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String simulatorSays(ChildProcess simulator) {
        Matcher says = SIMULATOR_SAYS.matcher(simulator.logSinceStart());
        return says.find() ? says.group(1) + " s" : "-";
    }

    /** A table row; per car against {@code none} (a fleet of 0 cars), unless that is null. */
    private static String row(Figures figures, Figures none) {
        int cars = Math.max(1, figures.cars());
        boolean perCar = none != null;
        return String.format("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d / %d | %s / %s | %s (%s) | %s |",
                figures.cars(), seconds(figures.start().allOnline()), seconds(figures.start().ready()),
                figures.simulatorSays(),
                mb(figures.simulator().heapUsed()), mb(figures.simulator().rss()),
                perCar ? kb((figures.simulator().heapUsed() - none.simulator().heapUsed()) / cars) : "-",
                perCar ? kb((figures.simulator().rss() - none.simulator().rss()) / cars) : "-",
                mb(figures.broker().heapUsed()), mb(figures.broker().rss()),
                figures.simulator().fileDescriptors(), figures.broker().fileDescriptors(),
                millis(figures.getCarMedian()), millis(figures.getCar99()), seconds(figures.getAll()),
                mb(figures.getAllBytes()), seconds(figures.stop()));
    }

    private static String machine() throws Exception {
        long maxFds = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean os ? os.getMaxFileDescriptorCount() : -1;
        return String.format("Machine: %d cores, load average %s, file descriptors per process %d, Java %s",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim(),
                maxFds, System.getProperty("java.version"));
    }

    private static Duration percentile(List<Duration> times, int percent) {
        if (times.isEmpty()) {
            return Duration.ZERO;
        }
        List<Duration> sorted = times.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1e3);
    }

    private static String millis(Duration duration) {
        return String.format("%.1f ms", duration.toNanos() / 1e6);
    }

    private static String mb(long bytes) {
        return String.format(bytes < 10 << 20 ? "%.1f MB" : "%.0f MB", bytes / 1048576.0);
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
