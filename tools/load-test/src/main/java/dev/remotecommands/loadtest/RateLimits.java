package dev.remotecommands.loadtest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * command-service's per-car limits ({@code commands.rate-limits.*} in its {@code application.properties}: each car
 * takes at most {@code max} commands of a type per sliding {@code window}) and how many cars a load needs so that
 * they never bind. The benchmark spreads its rate evenly over the types and round-robin over the cars, so each car
 * gets {@code rate / types / cars} commands of each type per second.
 */
public final class RateLimits {

    /** One type's limit. */
    public record Limit(int max, Duration window) {
    }

    /** The defaults of command-service's application.properties; change them here if those change. */
    public static final Map<String, Limit> COMMAND_SERVICE = limits();

    public static final List<String> TYPES = List.copyOf(COMMAND_SERVICE.keySet());

    private RateLimits() {
    }

    private static Map<String, Limit> limits() {
        Map<String, Limit> limits = new LinkedHashMap<>();
        limits.put("LOCK", new Limit(10, Duration.ofMinutes(10)));
        limits.put("UNLOCK", new Limit(10, Duration.ofMinutes(10)));
        limits.put("LIGHTS", new Limit(3, Duration.ofMinutes(1)));
        limits.put("HORN", new Limit(3, Duration.ofMinutes(1)));
        limits.put("REFRESH_STATE", new Limit(10, Duration.ofMinutes(1)));
        return Collections.unmodifiableMap(limits);
    }

    /**
     * The cars one type needs so that its limit does not bind when {@code commands} of that type are spread evenly
     * over the cars within {@code length}: any window then holds {@code window / length} of a car's commands, so a
     * car can take {@code max × length / window} of them (and {@code max}, no more, in a run shorter than the
     * window: one 60-s step already uses up a whole 10-minute LOCK window).
     */
    public static long carsNeeded(Limit limit, double commands, Duration length) {
        double windows = Math.max(1.0, length.toNanos() / (double) limit.window().toNanos());
        return (long) Math.ceil(commands / (limit.max() * windows));
    }

    /** Per type, the cars needed for {@code rate} commands/s mixed evenly over {@code types} during {@code length}. */
    public static Map<String, Long> carsNeeded(double rate, List<String> types, Duration length) {
        Map<String, Long> cars = new LinkedHashMap<>();
        double perType = rate * length.toNanos() / 1e9 / types.size();
        for (String type : types) {
            cars.put(type, carsNeeded(COMMAND_SERVICE.get(type), perType, length));
        }
        return cars;
    }

    /** The most any type needs: the fleet size at which no limit binds. */
    public static long fleetNeeded(double rate, List<String> types, Duration length) {
        return carsNeeded(rate, types, length).values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The fleet each rate needs so that command-service's per-car limits do not bind. */
    public static void printCarsNeeded(List<Double> rates, Duration step, int fleet) {
        System.out.printf("Cars needed so that the per-car rate limits do not bind (%d-s steps, the five types mixed "
                + "evenly; fleet: %d):%n", step.toSeconds(), fleet);
        for (double rate : rates) {
            Map<String, Long> byType = carsNeeded(rate, TYPES, step);
            long needed = fleetNeeded(rate, TYPES, step);
            System.out.printf("  %6.0f/s: %6d cars %s%s%n", rate, needed, byType,
                    needed > fleet ? "  <- the fleet is too small: expect 429" : "");
        }
        double total = rates.stream().mapToDouble(Double::doubleValue).sum();
        Duration sweep = step.multipliedBy(rates.size());
        System.out.printf("  the whole sweep (%d s, within one 10-minute LOCK/UNLOCK window): %d cars%n",
                sweep.toSeconds(), fleetNeeded(total / rates.size(), TYPES, sweep));
    }
}
