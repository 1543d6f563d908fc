package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;
import dev.remotecommands.systemtests.testing.KafkaHops;
import dev.remotecommands.systemtests.testing.OpenLoopLoad;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.TerminalWatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * How many commands per second the platform carries across the fleet: open-loop offered load in steps (default
 * 10, 20 and 40 commands per second, {@code -Dbenchmark.rates=10,20,40,80}; each step
 * {@code -Dbenchmark.step-seconds=20} long), spread round-robin over cars 11 to 20 and over the command types
 * ({@code -Dbenchmark.types}, default all five; command-service's per-car rate limits are lifted for the whole
 * system-test run, see {@link Platform}, so no 429 is expected). After each step it waits (at most
 * {@link #DRAIN_TIMEOUT}) until every command the step got accepted is terminal, then prints one line:
 *
 * <pre>
 * THROUGHPUT offered=20/s posted=400 accepted=400 refused={409=0,429=0} accepted_rate=20.0/s
 *   terminal_rate=19.8/s succeeded=390 other_terminal={ALREADY_DONE=10} latency_ms p50=… p90=… p99=… max=…
 *   (server createdAt→updatedAt) drain_seconds=0.2 | hops_ms p50/p99 outbox_cs=…/… kafka_to_bridge=…/…
 *   to_car=…/… bridge_ack=…/… outbox_bridge=…/… kafka_to_cs=…/…
 *   | client post_rate=20.0/s post_answer_ms p50=… p99=… max=… send_lag_max_ms=… in_flight_max=…
 * </pre>
 *
 * Before the measured steps, a warm-up ({@code -Dbenchmark.warm-up-seconds=10}, at the first rate; 0 for none) lets
 * freshly started JVMs compile their hot paths; its line is printed as {@code THROUGHPUT warm-up …} and is not a
 * figure to compare.
 *
 * <ul>
 * <li>{@code offered}: the rate the POSTs were scheduled at; {@code posted}: how many were sent (rate × step).</li>
 * <li>{@code accepted}: POSTs answered 202. {@code refused}: the other answers by status (409 "same action already
 * in progress" means that car's previous command of that type was still pending, i.e. the platform was slower
 * than {@code cars × types / rate} seconds for it; 429 a rate limit; {@code timeout} / {@code io} no answer).</li>
 * <li>{@code accepted_rate}: accepted ÷ the step's length.</li>
 * <li>{@code terminal_rate}: accepted ÷ (from the step's first POST to the moment the last of its accepted
 * commands turned terminal, by the server's {@code updatedAt}): the rate at which the platform actually carried
 * the step's commands to an end. It equals {@code accepted_rate} (a little less, by one round trip) while the
 * platform keeps up, and falls below it when a backlog builds.</li>
 * <li>{@code succeeded}: ended SUCCEEDED; {@code other_terminal}: the other terminal states by count (ALREADY_DONE
 * is normal: a LOCK or UNLOCK whose predecessor was refused finds the doors already so).</li>
 * <li>{@code latency_ms}: per accepted command, the server's {@code createdAt} (accepted) to {@code updatedAt}
 * (terminal), percentiles and maximum.</li>
 * <li>{@code drain_seconds}: from the end of the offered load to the moment the step's last accepted command
 * turned terminal.</li>
 * <li>{@code hops_ms}: where the latency goes, p50/p99 per hop, from the command's history and the CloudEvents
 * {@code time} header (written to the outbox) and timestamp (handed to the producer) of its Kafka records (see
 * {@link KafkaHops}): {@code outbox_cs} accepted → CommandRequested produced (command-service's outbox relay);
 * {@code kafka_to_bridge} → SENT_TO_VEHICLE (Kafka, the bridge's consumer and database, the MQTT publish);
 * {@code to_car} → the car's answer time (the broker, the simulator with its 50 ms command latency);
 * {@code bridge_ack} → the bridge wrote the terminal CommandAcked to its outbox (the ack over MQTT, the bridge's ack
 * channel, waiting included, and its transaction); {@code outbox_bridge} → that record produced (the bridge's
 * outbox relay); {@code kafka_to_cs} → command-service recorded it, {@code updatedAt} (Kafka, command-service's
 * consumer and database). A command missing one of the timestamps is left out of the hops that need it.</li>
 * <li>After the last {@code |}, the client's own health: {@code post_rate} (POSTs per second actually sent, first
 * to last: it must equal {@code offered}, or the client was the bottleneck), the POST answer times, how late the
 * most delayed POST left compared with its schedule, and the most POSTs awaiting an answer at once.</li>
 * </ul>
 *
 * It asserts only what users rely on: every accepted command reached exactly one terminal state (read again at the
 * end of the run). Speed is printed, never asserted.
 */
class FleetThroughputBenchmarkIT {

    /** Cars 11-20 belong to the fault tests; this benchmark only sends them commands, which leaves them usable. */
    private static final List<String> VINS = IntStream.rangeClosed(11, 20)
            .mapToObj(n -> String.format("VF7DEMCAR%08d", n)).toList();
    private static final List<Double> RATES = Arrays.stream(System.getProperty("benchmark.rates", "10,20,40")
            .split(",")).map(String::trim).map(Double::valueOf).toList();
    private static final Duration STEP = Duration.ofSeconds(Long.getLong("benchmark.step-seconds", 20));
    private static final List<String> TYPES = Arrays.stream(System.getProperty("benchmark.types",
            "LOCK,UNLOCK,REFRESH_STATE,LIGHTS,HORN").split(",")).map(String::trim).toList();
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 10));
    /** The command deadline (60 s), the bridge's answer grace (10 s) and command-service's (30 s), and slack. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(110);

    @Test
    void offered_load_in_steps_every_accepted_command_ends_exactly_once() throws Exception {
        Platform platform = Platform.get();
        Map<String, DriverJourney.Session> drivers = new LinkedHashMap<>();
        for (String vin : VINS) {
            drivers.put(vin, platform.session(Driver.DEMO, vin));
        }
        System.out.printf("THROUGHPUT setup cars=%d types=%s rates=%s step_seconds=%d warm_up_seconds=%d%n",
                VINS.size(), TYPES, RATES, STEP.toSeconds(), WARM_UP.toSeconds());

        OpenLoopLoad load = new OpenLoopLoad(platform.commandServiceUrl(), drivers, TYPES);
        List<String> everyAccepted = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (TerminalWatch watch = new TerminalWatch(platform.commandServiceUrl(),
                drivers.get(VINS.get(0)).accessToken(), VINS)) {
            KafkaHops kafka = new KafkaHops(platform.infrastructure().kafka().bootstrapServers());
            for (Phase phase : phases()) {
                var mark = kafka.mark();
                OpenLoopLoad.Step step = load.run(phase.rate(), phase.length());
                List<String> ids = step.accepted().stream().map(OpenLoopLoad.Accepted::id).toList();
                everyAccepted.addAll(ids);
                Map<String, JsonNode> views = watch.awaitTerminal(ids, DRAIN_TIMEOUT);
                System.out.println(phase.label() + figures(step, views, kafka.since(mark)));
                problems.addAll(notExactlyOneTerminal(ids, views));
            }
            // Read once more at the end: a terminal command must not have changed its mind since.
            problems.addAll(notExactlyOneTerminal(everyAccepted, watch.read(everyAccepted)));
        }

        assertThat(everyAccepted).as("commands accepted over the run").isNotEmpty();
        assertThat(problems).as("accepted commands without exactly one terminal state").isEmpty();
    }

    /** One stretch of offered load and how its line starts. */
    private record Phase(String label, double rate, Duration length) {
    }

    /** The warm-up (if any) at the first rate, then one step per rate. */
    private static List<Phase> phases() {
        List<Phase> phases = new ArrayList<>();
        if (!WARM_UP.isZero()) {
            phases.add(new Phase("THROUGHPUT warm-up ", RATES.get(0), WARM_UP));
        }
        RATES.forEach(rate -> phases.add(new Phase("THROUGHPUT ", rate, STEP)));
        return phases;
    }

    private static String figures(OpenLoopLoad.Step step, Map<String, JsonNode> views, KafkaHops.Passages kafka) {
        Histogram latency = histogram();
        Hops hops = new Hops();
        Map<String, Long> others = new TreeMap<>();
        long succeeded = 0;
        long open = 0;
        Instant lastTerminal = null;
        for (OpenLoopLoad.Accepted command : step.accepted()) {
            JsonNode view = views.get(command.id());
            if (!TerminalWatch.isTerminal(view)) {
                open++;
                continue;
            }
            String status = view.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                succeeded++;
            } else {
                others.merge(status, 1L, Long::sum);
            }
            Instant created = Instant.parse(view.path("createdAt").asText());
            Instant updated = Instant.parse(view.path("updatedAt").asText());
            record(latency, created, updated);
            Instant sent = null;
            Instant answered = null;
            for (JsonNode entry : view.path("history")) {
                String entryStatus = entry.path("status").asText();
                if (entryStatus.equals("SENT_TO_VEHICLE")) {
                    sent = Instant.parse(entry.path("at").asText());
                } else if (TerminalWatch.isTerminal(entryStatus)) {
                    answered = Instant.parse(entry.path("at").asText());
                }
            }
            hops.add(created, kafka.requested().get(command.id()), sent, answered,
                    kafka.answered().get(command.id()), updated);
            lastTerminal = lastTerminal == null || updated.isAfter(lastTerminal) ? updated : lastTerminal;
        }
        int accepted = step.accepted().size();
        double terminalSeconds = lastTerminal == null ? Double.NaN
                : Duration.between(step.started(), lastTerminal).toNanos() / 1e9;
        double drainSeconds = lastTerminal == null ? Double.NaN
                : Duration.between(step.scheduleEnd(), lastTerminal).toNanos() / 1e9;
        Map<String, Long> refused = new TreeMap<>(Map.of("409", 0L, "429", 0L));
        refused.putAll(step.refused());
        Histogram posts = step.postAnswer();
        return String.format("offered=%s/s posted=%d accepted=%d refused=%s accepted_rate=%.1f/s "
                        + "terminal_rate=%.1f/s succeeded=%d other_terminal=%s latency_ms p50=%.0f p90=%.0f p99=%.0f "
                        + "max=%.0f (server createdAt→updatedAt) drain_seconds=%.1f%s | hops_ms p50/p99 %s"
                        + " | client post_rate=%.1f/s "
                        + "post_answer_ms p50=%.0f p99=%.0f max=%.0f send_lag_max_ms=%.1f in_flight_max=%d%s",
                rate(step.rate()), step.posted(), accepted, compact(refused), accepted / step.seconds(),
                accepted / terminalSeconds, succeeded, compact(others), millis(latency, 50), millis(latency, 90),
                millis(latency, 99), latency.getMaxValue() / 1000.0, drainSeconds,
                open == 0 ? "" : " STILL_OPEN=" + open, hops, step.postRate(),
                millis(posts, 50), millis(posts, 99),
                posts.getMaxValue() / 1000.0, step.sendLagMaxMillis(), step.inFlightMax(),
                step.refusedByType().isEmpty() ? "" : " refused_by_type=" + compact(step.refusedByType()));
    }

    /** Ids among {@code ids} that are not terminal, or whose history has not exactly one terminal entry. */
    private static List<String> notExactlyOneTerminal(List<String> ids, Map<String, JsonNode> views) {
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            JsonNode view = views.get(id);
            if (!TerminalWatch.isTerminal(view)) {
                problems.add(id + " not terminal: " + (view == null ? "unread" : view.path("status").asText()));
                continue;
            }
            long terminalEntries = TerminalWatch.terminalEntries(view);
            if (terminalEntries != 1) {
                problems.add(id + " has " + terminalEntries + " terminal entries: " + view.path("history"));
            }
        }
        return problems;
    }

    /** The latency of a step's commands split into the platform's hops (see the class comment). */
    private static final class Hops {
        private final Map<String, Histogram> byHop = new LinkedHashMap<>();

        Hops() {
            List.of("outbox_cs", "kafka_to_bridge", "to_car", "bridge_ack", "outbox_bridge", "kafka_to_cs")
                    .forEach(hop -> byHop.put(hop, histogram()));
        }

        /** Any argument may be null when it is unknown; the hops that need it are then skipped. */
        void add(Instant accepted, KafkaHops.Passage requested, Instant sent, Instant carAnswered,
                KafkaHops.Passage answered, Instant recorded) {
            hop("outbox_cs", accepted, requested == null ? null : requested.produced());
            hop("kafka_to_bridge", requested == null ? null : requested.produced(), sent);
            hop("to_car", sent, carAnswered);
            hop("bridge_ack", carAnswered, answered == null ? null : answered.written());
            hop("outbox_bridge", answered == null ? null : answered.written(),
                    answered == null ? null : answered.produced());
            hop("kafka_to_cs", answered == null ? null : answered.produced(), recorded);
        }

        private void hop(String name, Instant from, Instant to) {
            if (from != null && to != null) {
                record(byHop.get(name), from, to);
            }
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            byHop.forEach((hop, histogram) -> text.append(text.isEmpty() ? "" : " ").append(String.format(
                    "%s=%.0f/%.0f", hop, millis(histogram, 50), millis(histogram, 99))));
            return text.toString();
        }
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    }

    /** Records from → to in microseconds (clamped at zero: the hops' clocks are the same host's, to the ms). */
    private static void record(Histogram histogram, Instant from, Instant to) {
        histogram.recordValue(Math.max(0, Duration.between(from, to).toNanos() / 1000));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String rate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    /** {@code {409=3,429=0}}: a map without the spaces of {@link Map#toString()}, so the line stays one token each. */
    private static String compact(Map<String, Long> counts) {
        return counts.toString().replace(", ", ",");
    }
}
