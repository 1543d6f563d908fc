package dev.remotecommands.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The media type of problem answers, and their JSON text for answers written outside JAX-RS. */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** The problem body as JSON text. */
    public static String write(ObjectMapper objectMapper, ProblemException problem) {
        try {
            return objectMapper.writeValueAsString(problem.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body is always serialisable", e);
        }
    }
}
