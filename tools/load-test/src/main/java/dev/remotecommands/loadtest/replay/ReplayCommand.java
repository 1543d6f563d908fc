package dev.remotecommands.loadtest.replay;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.loadtest.PlatformOptions;
import dev.remotecommands.loadtest.Progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code load-test replay}: a recording back into Kafka, as it was ({@code --verbatim}, the replay-attack case) or
 * restamped as load for a staging platform ({@code --restamp}, checked by {@link StagingGuard} before the first
 * record leaves).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays a recording into Kafka, per-key order kept, as fast as possible unless --speedup or"
                + " --rate is given.",
                "--verbatim (default): keys, values, headers and timestamps as recorded (the replay-attack case).",
                "--restamp: load for a staging platform: fresh command and event ids, issuedAt/expiresAt and"
                        + " signatures by --staging-key, VINs mapped onto the simulated fleet; only the VIN-keyed"
                        + " topics. Refused before any record is sent unless the cluster is marked staging, the key's"
                        + " public half is the one command-service publishes, and every VIN is a simulated car."})
public final class ReplayCommand implements Callable<Integer> {

    /** The exit code of a refused replay (picocli uses 1 and 2 for errors and usage). */
    public static final int REFUSED = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlatformOptions platform;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "The recording (gzip NDJSON) to replay.")
    private Path file;

    @Option(names = "--topics", split = ",", description = "Only these topics of the recording (default: all;"
            + " with --restamp the VIN-keyed ones).")
    private Set<String> topics = Set.of();

    @ArgGroup(exclusive = true)
    private PaceOptions pace = new PaceOptions();

    static final class PaceOptions {
        @Option(names = "--speedup", paramLabel = "X", description = "At the recorded pace, X times faster"
                + " (1 = as recorded).")
        Double speedup;

        @Option(names = "--rate", paramLabel = "N", description = "At N records per second.")
        Double rate;

        Pace pace() {
            if (speedup != null) {
                return Pace.recorded(positive(speedup, "--speedup"));
            }
            return rate != null ? Pace.rate(positive(rate, "--rate")) : Pace.asFastAsPossible();
        }

        private static double positive(double value, String option) {
            if (!(value > 0)) {
                throw new IllegalArgumentException(option + " must be above 0, not " + value);
            }
            return value;
        }
    }

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--verbatim", description = "Records as they were recorded (the default).")
        boolean verbatim;

        @Option(names = "--restamp", description = "Staging load: fresh ids, times and signatures, VINs of the fleet.")
        boolean restamp;
    }

    @Option(names = "--fresh-timestamps", description = "--verbatim: give each record the time it is sent instead"
            + " of its recorded timestamp.")
    private boolean freshTimestamps;

    @Option(names = "--staging-key", paramLabel = "FILE", description = "--restamp: the staging command-signing key"
            + " (base64 PKCS#8 Ed25519; ./run.sh writes .local/data/command-signing-key).")
    private Path stagingKey;

    @Option(names = "--command-service", paramLabel = "URL", description = "--restamp: the staging command-service"
            + " whose published verification key must match (default: --platform's command, http://localhost:8083).")
    private String commandService;

    @Option(names = "--simulator", paramLabel = "URL", description = "--restamp: the fleet simulator whose cars the"
            + " VINs must be (default: --platform's simulator, http://localhost:8085).")
    private String simulator;

    @Option(names = "--map-vins", description = "--restamp: map the recording's VINs onto the fleet's cars in turn.")
    private boolean mapVins;

    @Option(names = "--vin-map", split = ",", paramLabel = "OLD=NEW", description = "--restamp: this car for that"
            + " recorded VIN (the others keep theirs, or with --map-vins take the fleet's in turn).")
    private Map<String, String> vinMap = new LinkedHashMap<>();

    @Option(names = "--producer", split = ",", paramLabel = "KEY=VALUE", description = "Kafka producer settings"
            + " that replace the tool's (batch.size=1048576, linger.ms=20, compression.type=lz4, acks=all,"
            + " idempotence on), e.g. compression.type=none on a local broker.")
    private Map<String, String> producerSettings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Set<String> selected;
        Pace chosenPace;
        try {
            selected = mode.restamp ? restampTopics() : topics;
            chosenPace = pace.pace();
        } catch (IllegalArgumentException wrongOption) {
            throw new ParameterException(spec.commandLine(), wrongOption.getMessage());
        }
        Selection selection = Selection.of(file, selected, mode.restamp);
        UnaryOperator<RecordedRecord> transform = UnaryOperator.identity();
        if (mode.restamp) {
            try {
                transform = restamper(selection)::restamp;
            } catch (ReplayRefused refused) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("REFUSED: " + refused.getMessage());
                err.println("Nothing was sent.");
                err.flush();
                return REFUSED;
            }
        }
        Replayer replayer = new Replayer(platform.kafka(), producerSettings);
        replayer.createMissingTopics(selection.partitions());
        if (!freshTimestamps && !mode.restamp) {
            warnOfRetention(replayer, selection);
        }
        Throughput throughput = new Throughput("replay", selection.records());
        try (Progress progress = Progress.every(Duration.ofSeconds(2), throughput::progressLine)) {
            replayer.replay(file, selected, chosenPace, transform, freshTimestamps && !mode.restamp, throughput);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(throughput.summary());
        out.flush();
        return throughput.errors() == 0 ? 0 : 1;
    }

    /** Recorded timestamps older than a topic's retention: the broker will delete those records soon after. */
    private void warnOfRetention(Replayer replayer, Selection selection) throws Exception {
        long now = System.currentTimeMillis();
        replayer.retentionMillis(selection.oldest().keySet()).forEach((topic, retention) -> {
            long oldest = selection.oldest().get(topic);
            if (oldest < now - retention) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf("WARNING: records of %s are older than its retention.ms (%s): the broker deletes them at"
                        + " its next retention check; --fresh-timestamps keeps them%n", topic,
                        Duration.ofMillis(retention));
                err.flush();
            }
        });
    }

    private Set<String> restampTopics() {
        if (topics.isEmpty()) {
            return Restamper.TOPICS;
        }
        Set<String> notRestampable = new LinkedHashSet<>(topics);
        notRestampable.removeAll(Restamper.TOPICS);
        if (!notRestampable.isEmpty()) {
            throw new IllegalArgumentException("--restamp writes only the VIN-keyed topics " + Restamper.TOPICS
                    + ", not " + notRestampable);
        }
        return topics;
    }

    /** The checks of {@link StagingGuard}, in order, then the restamper for the VINs of the fleet. */
    private Restamper restamper(Selection selection) throws Exception {
        if (stagingKey == null) {
            throw new ReplayRefused("--restamp needs --staging-key FILE: the staging platform's command-signing key");
        }
        PrivateKey key;
        try {
            key = CommandSignature.privateKey(Files.readString(stagingKey));
        } catch (IllegalArgumentException notAKey) {
            throw new ReplayRefused(stagingKey + " is not a base64 PKCS#8 Ed25519 private key");
        }
        StagingGuard.requireStagingCluster(platform.kafka());
        StagingGuard.requirePublishedKey(key, base(commandService, "command"));
        String simulatorUrl = base(simulator, "simulator");
        List<String> fleet = StagingGuard.fleetVins(simulatorUrl);
        Map<String, String> mapping = mapVins ? VinMapping.ontoFleet(selection.vins(), fleet, vinMap) : vinMap;
        Set<String> written = new LinkedHashSet<>();
        selection.vins().forEach(vin -> written.add(mapping.getOrDefault(vin, vin)));
        StagingGuard.requireInFleet(written, fleet, simulatorUrl);
        return new Restamper(key, mapping);
    }

    private String base(String explicit, String service) {
        String url = explicit != null ? explicit : platform.url(service);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The records a replay will send, read once before sending: how many, the partitions of each topic (the highest
     * recorded partition + 1), the oldest timestamp of each topic, and the VINs they are about.
     */
    record Selection(long records, Map<String, Integer> partitions, Map<String, Long> oldest, Set<String> vins) {

        static Selection of(Path file, Set<String> topics, boolean withVins) throws IOException {
            long[] records = {0};
            Map<String, Integer> partitions = new LinkedHashMap<>();
            Map<String, Long> oldest = new LinkedHashMap<>();
            Set<String> vins = new LinkedHashSet<>();
            RecordingFile.read(file, record -> {
                if (topics.isEmpty() || topics.contains(record.topic())) {
                    records[0]++;
                    partitions.merge(record.topic(), Math.max(1, record.partition() + 1), Math::max);
                    oldest.merge(record.topic(), record.timestamp(), Math::min);
                    String vin = withVins ? Restamper.vinOf(record) : null;
                    if (vin != null) {
                        vins.add(vin);
                    }
                }
            });
            return new Selection(records[0], partitions, oldest, vins);
        }
    }
}
