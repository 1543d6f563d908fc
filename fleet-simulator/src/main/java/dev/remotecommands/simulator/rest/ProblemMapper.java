package dev.remotecommands.simulator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.remotecommands.simulator.service.SimulatorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes every error as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, plus the fields of the problem. Nothing escapes as a bare 500.
 */
public class ProblemMapper {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://remote-commands.dev/problems/";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ObjectMapper mapper;

    public ProblemMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response simulator(SimulatorException e) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), e.extensions());
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid) {
            String field = fieldPath(invalid);
            Class<?> target = invalid.getTargetType();
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : "a " + (target == null ? "value of another type" : target.getSimpleName().toLowerCase());
            return problem(422, "invalid-field", "Invalid field",
                    "Field '" + field + "' must be " + expected + "; got " + invalid.getValue() + ".",
                    Map.of("field", field));
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = fieldPath(mismatched);
            return problem(400, "malformed-request", "Malformed request",
                    "Field '" + field + "' has the wrong JSON type: " + mismatched.getOriginalMessage(),
                    Map.of("field", field));
        }
        return problem(400, "malformed-request", "Malformed request",
                "The body is not the JSON object this call expects: " + e.getOriginalMessage(), Map.of());
    }

    /** Declared for its own type so that it wins over Quarkus' built-in mapper of the same exception. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableBody(e);
    }

    /** Errors the framework raises: unknown path, wrong method, wrong content type, JSON syntax, ... */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> problem(404, "not-found", "Not found",
                    "Nothing here; the simulator serves /v1/cars and /v1/cars/{vin}/...", Map.of());
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    "This path does not take that HTTP method; see the simulator's README for the calls.", Map.of());
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.", Map.of());
            case 406 -> problem(406, "not-acceptable", "Not acceptable",
                    "The simulator answers in application/json only.", Map.of());
            default -> status >= 500 ? unexpected(e)
                    : problem(status, "request-refused", e.getResponse().getStatusInfo().getReasonPhrase(),
                            String.valueOf(e.getMessage()), Map.of());
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error in the simulator's REST API", e);
        return problem(500, "internal-error", "Internal error",
                "The simulator failed unexpectedly; its log has the details.", Map.of());
    }

    private Response problem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        extensions.forEach(body::putIfAbsent);
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            json = "{\"type\":\"" + TYPE_BASE + "internal-error\",\"status\":500}";
        }
        return Response.status(status).header(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON).entity(json).build();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
