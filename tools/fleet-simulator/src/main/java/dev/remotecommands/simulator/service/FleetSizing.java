package dev.remotecommands.simulator.service;

import dev.remotecommands.simulator.CarRules;

import java.util.Optional;

/**
 * What a fleet of a given size needs from its JVM and its operating system, so that the start can say what to
 * change before a large fleet half-works: one socket per car, and a heap for the cars and for what each one
 * remembers of its commands (which grows with the commands it takes, up to its caps).
 */
final class FleetSizing {

    /** Heap of one connected, idle car: rules, MQTT client, Netty channel (6.8 KB in a fleet of 10,000, JDK 17). */
    static final long BYTES_PER_IDLE_CAR = 7_000;
    /** Heap of one answer a car remembers to refuse a replay (JDK 17, compressed oops). */
    static final long BYTES_PER_REMEMBERED_ANSWER = 160;
    /** Heap of one execution kept in a car's log. */
    static final long BYTES_PER_LOGGED_EXECUTION = 120;
    /** File descriptors the simulator uses besides one socket per car: HTTP, jars, logs, with room to spare. */
    static final long OWN_FILE_DESCRIPTORS = 200;

    private FleetSizing() {
    }

    /** Heap the cars take once each has filled its remembered answers and its execution log. */
    static long heapWhenFull(int cars, CarRules rules) {
        return cars * (BYTES_PER_IDLE_CAR + rules.rememberedCommands() * BYTES_PER_REMEMBERED_ANSWER
                + rules.executionLogSize() * BYTES_PER_LOGGED_EXECUTION);
    }

    /** Why the process cannot open a socket per car, if it cannot. */
    static Optional<String> fileDescriptorShortage(int cars, long maxFileDescriptors) {
        long needed = cars + OWN_FILE_DESCRIPTORS;
        if (maxFileDescriptors < 0 || maxFileDescriptors >= needed) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d cars need about %d file descriptors (one socket each), this process may"
                + " open %d: the cars beyond that will keep failing to connect. Raise the limit (ulimit -Hn; the JVM"
                + " lifts its soft limit to the hard one) or start fewer cars.", cars, needed, maxFileDescriptors));
    }

    /** Why the heap may not hold the cars once their command memories fill up, if it may not. */
    static Optional<String> heapShortage(int cars, CarRules rules, long maxHeap) {
        long whenFull = heapWhenFull(cars, rules);
        if (whenFull <= maxHeap) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d cars that each keep %d answered command ids (simulator.remembered-"
                + "commands) and %d executions (simulator.execution-log-size) would take about %d MB of heap once"
                + " full; the heap is %d MB. That only happens after many commands per car, but for a long load run"
                + " lower those two settings (e.g. 100 each) or give the JVM more heap (-Xmx).", cars,
                rules.rememberedCommands(), rules.executionLogSize(), whenFull >> 20, maxHeap >> 20));
    }
}
