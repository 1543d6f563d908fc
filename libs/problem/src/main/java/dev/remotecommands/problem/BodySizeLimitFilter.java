package dev.remotecommands.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus
 * enforces the same limit a step later with an empty 413; this filter runs first so that the client learns why.
 * A body sent in chunks, without a Content-Length, gets a 411 problem: the REST layer would read it whole whatever
 * its size (an 8 KB chunked body passed a 4 KB limit), so its size must be known first.
 */
@ApplicationScoped
public class BodySizeLimitFilter {

    // runs before the HTTP layer's own upload-limit handler (route order -2)
    private static final int PRIORITY = 100;

    private final BodyLimit limit;
    private final String tooLarge;
    private final String lengthRequired;

    public BodySizeLimitFilter(BodyLimit limit, ObjectMapper objectMapper) {
        this.limit = limit;
        this.tooLarge = ProblemJson.write(objectMapper, CommonProblems.payloadTooLarge(limit.bytes()));
        this.lengthRequired = ProblemJson.write(objectMapper, CommonProblems.lengthRequired(limit.bytes()));
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String transferEncoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (length != null && limit.isExceededBy(length)) {
                refuse(context, 413, tooLarge);
            } else if (length == null && transferEncoding != null) {
                refuse(context, 411, lengthRequired);
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    private static void refuse(RoutingContext context, int status, String problemJson) {
        // the body is not read: the connection cannot be used for another request
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemJson.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problemJson);
    }
}
