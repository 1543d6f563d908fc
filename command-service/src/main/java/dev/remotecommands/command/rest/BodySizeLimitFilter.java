package dev.remotecommands.command.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.command.problem.ProblemMappers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus
 * enforces the same limit a step later with an empty 413; this filter runs first so that the client learns why.
 */
@ApplicationScoped
public class BodySizeLimitFilter {

    // runs before the HTTP layer's own upload-limit handler (route order -2)
    private static final int PRIORITY = 100;

    private final long limit;
    private final String problemJson;

    public BodySizeLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ObjectMapper objectMapper) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problemJson = objectMapper.writeValueAsString(ProblemMappers.payloadTooLarge().body());
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceedsLimit(length)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problemJson);
                return;
            }
            context.next();
        }, PRIORITY);
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed length itself
        }
    }
}
