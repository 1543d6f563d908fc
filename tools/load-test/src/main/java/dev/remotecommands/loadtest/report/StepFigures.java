package dev.remotecommands.loadtest.report;

import dev.remotecommands.loadtest.benchmark.LatencyRecorder.Percentiles;

import java.util.Map;

/**
 * One step's figures as the reports show them.
 *
 * @param target          {@code platform} or {@code raw-pipe}
 * @param offeredRate     commands per second on the schedule
 * @param posted          commands sent
 * @param accepted        answered 202
 * @param refused         other answers by status ({@code 409}, {@code 429}, {@code 503}, {@code timeout}, {@code io})
 * @param outcomes        terminal states seen by the driver ({@code timeout}: none within the drain)
 * @param carriedRate     commands carried to a terminal state per second
 * @param sendLagMaxMillis how late the most delayed command left (the sender's health: small, or the driver lagged)
 * @param latency         from the intended send time: {@code accept}, {@code end_to_end}, and per type and outcome
 * @param hops            the platform's hops from its own timestamps (empty for the raw pipe)
 * @param cpuSeconds      CPU seconds each process used during the step, drain included
 * @param cpuMillisPerCommand the same per accepted command, in ms
 */
public record StepFigures(String target, double offeredRate, int posted, int accepted, Map<String, Long> refused,
        Map<String, Long> outcomes, double carriedRate, double sendLagMaxMillis, Map<String, Percentiles> latency,
        Map<String, Percentiles> hops, Map<String, Double> cpuSeconds, Map<String, Double> cpuMillisPerCommand) {

    public Percentiles endToEnd() {
        return latency.getOrDefault("end_to_end", new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN));
    }

    public Percentiles accept() {
        return latency.getOrDefault("accept", new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN));
    }

    /** CPU milliseconds per command summed over every process. */
    public double totalCpuMillisPerCommand() {
        return cpuMillisPerCommand.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
