package dev.remotecommands.loadtest.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs one step of open-loop load on a {@link Target}: one sender thread that sends command k at its due time on the
 * {@link Schedule} and never waits for answers (they come back on the HTTP client's threads), then waits up to
 * {@code drain} for every accepted command to end. Records, from each command's due time, {@code accept} (POST →
 * 202) and {@code end_to_end} (→ terminal state seen by the driver), the latter also per type and outcome.
 */
public final class OpenLoopStep {

    /** What one step did; {@code startNanos} and {@code lastTerminalNanos} are {@link System#nanoTime()} values. */
    public record Result(String target, Schedule schedule, long startNanos, int posted, List<Target.Posted> accepted,
            Map<String, Long> refused, Map<String, Long> outcomes, LatencyRecorder latency, double sendLagMaxMillis,
            long lastTerminalNanos) {

        /** Commands carried to a terminal state per second, from the step's start to the last of them. */
        public double carriedRate() {
            long ended = outcomes.entrySet().stream().filter(entry -> !entry.getKey().equals("timeout"))
                    .mapToLong(Map.Entry::getValue).sum();
            double seconds = (lastTerminalNanos - startNanos) / 1e9;
            return ended == 0 || seconds <= 0 ? 0 : ended / Math.max(seconds, schedule.length().toNanos() / 1e9);
        }
    }

    private final Duration drain;

    public OpenLoopStep(Duration drain) {
        this.drain = drain;
    }

    /** @param progress told the number of commands sent so far, about once a second */
    public Result run(Target target, Schedule schedule, CarPicker picker, IntConsumer progress)
            throws InterruptedException {
        LatencyRecorder latency = new LatencyRecorder();
        ConcurrentLinkedQueue<Target.Posted> accepted = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        AtomicLong lastTerminal = new AtomicLong();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        int count = schedule.count();
        long start = System.nanoTime();
        long maxLag = 0;
        long nextProgress = start + TimeUnit.SECONDS.toNanos(1);
        for (int k = 0; k < count; k++) {
            long due = start + schedule.dueNanos(k);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long now = System.nanoTime();
            maxLag = Math.max(maxLag, now - due);
            if (now > nextProgress) {
                progress.accept(k);
                nextProgress = now + TimeUnit.SECONDS.toNanos(1);
            }
            CarPicker.Pick pick = picker.next();
            pending.add(target.post(pick.car(), pick.type()).thenCompose(posted -> {
                if (!posted.accepted()) {
                    count(refused, posted.status());
                    return CompletableFuture.completedFuture(null);
                }
                latency.record("accept", due, System.nanoTime());
                accepted.add(posted);
                return target.terminal(posted).thenAccept(outcome -> {
                    long seen = System.nanoTime();
                    count(outcomes, outcome);
                    if (!outcome.equals("timeout")) {
                        latency.record("end_to_end", due, seen);
                        latency.record("end_to_end " + pick.type() + " " + outcome, due, seen);
                        lastTerminal.accumulateAndGet(seen, Math::max);
                    }
                });
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the step's bookkeeping failed", e.getCause());
        } catch (TimeoutException e) {
            // what did not end within the drain is missing from the outcomes: posted - refused - ended shows it
        }
        return new Result(target.name(), schedule, start, count, List.copyOf(accepted), sorted(refused),
                sorted(outcomes), latency, maxLag / 1e6, lastTerminal.get());
    }

    private static void count(Map<String, AtomicLong> counts, String key) {
        counts.computeIfAbsent(key, ignored -> new AtomicLong()).incrementAndGet();
    }

    private static Map<String, Long> sorted(Map<String, AtomicLong> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, value) -> sorted.put(key, value.get()));
        return sorted;
    }
}
