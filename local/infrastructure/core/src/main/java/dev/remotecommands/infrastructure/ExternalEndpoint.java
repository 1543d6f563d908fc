package dev.remotecommands.infrastructure;

import java.util.Map;

/** A component that runs elsewhere, named by an environment variable: used as is, never started or stopped here. */
public final class ExternalEndpoint implements ManagedComponent {

    private final Component kind;
    private final Map<String, String> endpoints;
    private final String namedBy;

    /** @param namedBy the environment variable that pointed to it, for error messages */
    public ExternalEndpoint(Component kind, Map<String, String> endpoints, String namedBy) {
        this.kind = kind;
        this.endpoints = Map.copyOf(endpoints);
        this.namedBy = namedBy;
    }

    @Override
    public Component kind() {
        return kind;
    }

    @Override
    public void start() {
        // Nothing to start: it is external.
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException(kind.id() + " at " + endpoints + " is external (" + namedBy
                + "); it cannot be stopped from here");
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public Map<String, String> endpoints() {
        return endpoints;
    }
}
