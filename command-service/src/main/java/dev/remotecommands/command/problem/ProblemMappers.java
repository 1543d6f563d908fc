package dev.remotecommands.command.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The one place that turns exceptions into {@code application/problem+json} answers: this service's
 * {@link ProblemException}s and whatever the framework throws for bad requests (malformed JSON, wrong
 * content type, unknown path, missing or bad token). Anything unexpected is logged and answered with a
 * problem too, never with a stack trace.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper objectMapper;

    public ProblemMappers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problems.malformedJson(e.getOriginalMessage()));
    }

    /** Declared on its own so that it wins over the built-in mapper of quarkus-rest-jackson for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(Exception e) {
        ProblemException problem = new ProblemException(401, "unauthenticated", "Authentication required",
                "Send a valid access token of the remote-commands realm: 'Authorization: Bearer <token>'. The"
                        + " token is missing, expired or not issued for this service.");
        return Response.fromResponse(respond(problem)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new ProblemException(403, "forbidden", "Forbidden",
                "Your token does not allow this call."));
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uriInfo) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        return respond(switch (status) {
            case 404 -> Problems.resourceNotFound("/" + uriInfo.getPath().replaceFirst("^/", ""));
            case 405 -> new ProblemException(405, "method-not-allowed", "Method not allowed",
                    "This path does not take that HTTP method. See /q/openapi for what it takes.");
            case 406 -> new ProblemException(406, "not-acceptable", "Not acceptable",
                    "This resource answers in application/json (events in text/event-stream): accept that.");
            case 413 -> payloadTooLarge();
            case 415 -> new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as JSON with 'Content-Type: application/json'.");
            default -> status >= 500
                    ? internal(e)
                    : new ProblemException(status, "bad-request", "Bad request",
                            "The request could not be understood: " + e.getMessage());
        });
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        return respond(isUnavailable(e) ? unavailable(e) : internal(e));
    }

    /** The problem for a body over {@code quarkus.http.limits.max-body-size}. */
    public static ProblemException payloadTooLarge() {
        return new ProblemException(413, "payload-too-large", "Request body too large",
                "The request body is larger than this service accepts; a command body is just {\"type\": \"LOCK\"}.");
    }

    /** The identity provider, the database or a connection to them is down: a moment later it may work. */
    private static boolean isUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException || cause instanceof ConnectException
                    || cause instanceof ClosedConnectionException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException unavailable(Throwable e) {
        LOG.warnf("answering 503, a component this service needs is unavailable: %s", e.toString());
        return new ProblemException(503, "temporarily-unavailable", "Temporarily unavailable",
                "The service cannot reach a component it needs right now. Retry in a few seconds (with the same"
                        + " Idempotency-Key for a command).",
                Map.of("retryAfterSeconds", 5));
    }

    private static ProblemException internal(Throwable e) {
        LOG.error("unexpected failure while answering a request", e);
        return new ProblemException(500, "internal-error", "Internal error",
                "Something went wrong on our side. Retry with the same Idempotency-Key; it is safe.");
    }

    private Response respond(ProblemException problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(toJson(problem.body()));
        Object retryAfter = problem.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter.toString());
        }
        return builder.build();
    }

    /** The problem body as JSON text, for handlers outside JAX-RS. */
    public String toJson(Map<String, Object> body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body is always serialisable", e);
        }
    }
}
