package dev.remotecommands.infrastructure.process;

import dev.remotecommands.infrastructure.ManagedComponent;

import java.time.Duration;

/**
 * A component that runs as one child process of this JVM on a fixed port: a start checks the port is free,
 * launches the process and waits until it serves requests; a stop ends it within a grace period. Subclasses say
 * which process to run and how to tell it is ready.
 */
public abstract class ChildProcessComponent implements ManagedComponent {

    private final String name;
    private final int port;
    private final Duration readyTimeout;
    private final Duration stopGrace;
    private ChildProcess process;

    /**
     * @param name         for messages, e.g. {@code Kafka}
     * @param port         the port it listens on, or 0 for a free one (picked now and kept across restarts)
     * @param readyTimeout how long a start may take before it fails
     * @param stopGrace    how long a stop waits before it kills what is left
     */
    protected ChildProcessComponent(String name, int port, Duration readyTimeout, Duration stopGrace) {
        this.name = name;
        this.port = port == 0 ? FreePorts.pick() : port;
        this.readyTimeout = readyTimeout;
        this.stopGrace = stopGrace;
    }

    /**
     * The process to launch for this start, called once the port is known to be free: a new one, or
     * {@code previous} again ({@code null} on the first start).
     */
    protected abstract ChildProcess processToStart(ChildProcess previous);

    /** Whether the launched process serves requests yet; it must be quick and must not throw for "not yet". */
    protected abstract boolean servesRequests();

    /** Runs once the process serves requests, still inside {@link #start()}. */
    protected void afterReady() {
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        FreePorts.requireFree(port, name);
        process = processToStart(process);
        process.start();
        process.awaitReady(readyTimeout, this::servesRequests);
        afterReady();
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(stopGrace);
        }
    }

    @Override
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    protected int port() {
        return port;
    }

    /** The process of the current or last start, or {@code null} before the first. */
    protected ChildProcess process() {
        return process;
    }
}
