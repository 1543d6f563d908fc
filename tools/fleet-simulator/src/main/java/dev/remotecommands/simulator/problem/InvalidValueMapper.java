package dev.remotecommands.simulator.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ProblemJson;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A JSON value of the right shape but not one the field takes ({@code "mode": "INCOGNITO"}, {@code "on": "maybe"}):
 * a 422 that names the field and lists the accepted values, rather than the shared module's generic 400. Declared
 * for its own exception type, so it wins over the shared mapper of Jackson's broader exceptions.
 */
public class InvalidValueMapper {

    private final ObjectMapper objectMapper;

    public InvalidValueMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        Class<?> target = e.getTargetType();
        String expected = target != null && target.isEnum()
                ? "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "))
                : "a " + (target == null ? "value of another type" : target.getSimpleName().toLowerCase(Locale.ROOT));
        ProblemException problem = CommonProblems.invalidField(field.isEmpty() ? "(body)" : field,
                "must be " + expected + "; got " + e.getValue() + ".");
        return Response.status(problem.status()).type(ProblemJson.MEDIA_TYPE)
                .entity(ProblemJson.write(objectMapper, problem)).build();
    }
}
