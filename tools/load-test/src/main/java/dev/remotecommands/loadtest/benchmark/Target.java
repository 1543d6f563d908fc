package dev.remotecommands.loadtest.benchmark;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What an open-loop step drives: the platform's BFF API, or the raw pipe of the same hops. */
public interface Target extends AutoCloseable {

    /** How the step's figures are labelled ({@code platform}, {@code raw-pipe}). */
    String name();

    /**
     * Sends one command of this type to this car of the fleet; completes when it is answered: {@code 202} with the
     * command's id, another status, or {@code timeout} / {@code io} when no answer came.
     */
    CompletableFuture<Posted> post(int car, String type);

    /** Completes with the terminal outcome (e.g. {@code SUCCEEDED}) when the driver sees it; {@code timeout}: never. */
    CompletableFuture<String> terminal(Posted accepted);

    /** A POST's answer, with the car (its index in the fleet) it was for. */
    record Posted(String status, String id, int car) {

        public boolean accepted() {
            return status.equals("202");
        }
    }

    @Override
    void close();

    /** What counts as the answer when there was none: {@code timeout}, or {@code io} for a connection failure. */
    static String failureLabel(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException ? "timeout" : "io";
    }
}
