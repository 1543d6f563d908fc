package dev.remotecommands.simulator.messaging;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Lets at most {@code limit} cars of the fleet set up their broker connection (TCP connect, CONNECT, SUBSCRIBE) at
 * the same time; the others wait their turn, first come first served. Ten thousand cars connecting at once overflow
 * the broker's accept backlog (128 for the local HiveMQ), and the dropped connections then time out and retry: a
 * fleet that connects in bounded waves is up sooner, at start and after a broker outage alike. Thread-safe and
 * non-blocking: a waiting car holds no thread.
 */
public final class ConnectGate {

    /** One car's turn at the gate; leaving more than once counts once. */
    public final class Turn {

        private final AtomicBoolean left = new AtomicBoolean();

        private Turn() {
        }

        public void leave() {
            if (left.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
                admit();
            }
        }
    }

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Consumer<Turn>> waiting = new ConcurrentLinkedQueue<>();

    public ConnectGate(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("simulator.mqtt-connects-in-flight must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /**
     * Calls {@code onTurn} once this car may connect: at once when there is room, else when a car ahead leaves. It
     * runs on the thread that made room, so it should only hand over to the car's own context. The car must leave
     * its turn once its connection is set up or has failed.
     */
    public void enter(Consumer<Turn> onTurn) {
        waiting.add(onTurn);
        admit();
    }

    /** Cars setting up their connection now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void admit() {
        while (true) {
            int now = inFlight.get();
            if (now >= limit) {
                return;
            }
            if (!inFlight.compareAndSet(now, now + 1)) {
                continue;
            }
            Consumer<Turn> next = waiting.poll();
            if (next == null) {
                inFlight.decrementAndGet();
                // a car may have queued after the poll and seen no room: look again rather than strand it
                if (waiting.isEmpty()) {
                    return;
                }
                continue;
            }
            next.accept(new Turn());
        }
    }
}
