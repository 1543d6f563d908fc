package dev.remotecommands.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest request body the service takes ({@code quarkus.http.limits.max-body-size}). */
@ApplicationScoped
public class BodyLimit {

    private final long bytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
            MemorySize limit) {
        this.bytes = limit.asLongValue();
    }

    public long bytes() {
        return bytes;
    }

    /** Whether a {@code Content-Length} header announces more than the limit; a malformed one is left to Vert.x. */
    public boolean isExceededBy(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > bytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
