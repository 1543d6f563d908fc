package dev.remotecommands.loadtest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A progress line printed to stderr at a fixed interval while a long job runs, and once more when it ends. */
public final class Progress implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<String> line;

    private Progress(Duration interval, Supplier<String> line) {
        this.line = line;
        timer.scheduleAtFixedRate(this::print, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static Progress every(Duration interval, Supplier<String> line) {
        return new Progress(interval, line);
    }

    private void print() {
        System.err.println(line.get());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        print();
    }
}
