package dev.remotecommands.loadtest.replay;

/** A replay that must not run, and why; thrown before a single record is sent. */
public final class ReplayRefused extends Exception {

    public ReplayRefused(String message) {
        super(message);
    }
}
