package dev.remotecommands.infrastructure;

import java.util.Map;

/**
 * A piece of infrastructure that the platform uses: started here as a process, or an external endpoint.
 * Stopping keeps the data, so a start afterwards comes back with the same topics, tables or retained messages
 * on the same port.
 */
public interface ManagedComponent {

    Component kind();

    /** Starts the component (again) and returns once it serves requests. */
    void start();

    /** Stops it, keeping its data. */
    void stop();

    boolean isRunning();

    /** How to reach it, under the keys of {@link Endpoints}. */
    Map<String, String> endpoints();
}
