package dev.remotecommands.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus
 * enforces the same limit a step later with an empty 413; this filter runs first so that the client learns why.
 */
@ApplicationScoped
public class BodySizeLimitFilter {

    // runs before the HTTP layer's own upload-limit handler (route order -2)
    private static final int PRIORITY = 100;

    private final BodyLimit limit;
    private final String problemJson;

    public BodySizeLimitFilter(BodyLimit limit, ObjectMapper objectMapper) {
        this.limit = limit;
        this.problemJson = ProblemJson.write(objectMapper, CommonProblems.payloadTooLarge(limit.bytes()));
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && limit.isExceededBy(length)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemJson.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problemJson);
                return;
            }
            context.next();
        }, PRIORITY);
    }
}
