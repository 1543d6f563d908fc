package dev.remotecommands.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.CharConversionException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The one place that turns exceptions into {@code application/problem+json} answers, for every service that has
 * this jar: the services' {@link ProblemException}s, the violated constraints of request bodies and parameters
 * (Bean Validation), and whatever the framework throws for bad requests (malformed JSON, wrong content type,
 * unknown path, missing or bad token). Anything unexpected is logged and answered with a problem too, never with a
 * stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * Failures of a component a service needs (identity provider, database connection), named by class so that
     * this jar needs neither quarkus-oidc nor a SQL client on the classpath of a service that has none.
     */
    private static final Set<String> UNAVAILABLE_CAUSES = Set.of("io.quarkus.oidc.OIDCException",
            "io.vertx.sqlclient.ClosedConnectionException");

    /** What Quarkus REST's request stream throws once a body without Content-Length passes the limit. */
    private static final String REQUEST_TOO_LARGE = "Request too large";

    private final ObjectMapper objectMapper;
    private final BodyLimit bodyLimit;

    public ProblemMappers(ObjectMapper objectMapper, BodyLimit bodyLimit) {
        this.objectMapper = objectMapper;
        this.bodyLimit = bodyLimit;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return respond(problem);
    }

    /** A body that is not JSON, or JSON of the wrong shape: {@link JsonBodyProblems} says which field and why. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(JsonBodyProblems.of(e));
    }

    /** Declared on its own so that it wins over the built-in mapper of quarkus-rest-jackson for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    /** Bytes that Jackson took for UTF-32 (a body that starts with zero bytes) and are not even that. */
    @ServerExceptionMapper
    public Response undecodableBody(CharConversionException e) {
        return respond(JsonBodyProblems.of(e));
    }

    /**
     * A type Jackson cannot bind is this service's bug: a logged 500 problem, where quarkus-rest-jackson's own
     * mapper of this type would answer an empty 500.
     */
    @ServerExceptionMapper
    public Response unbindableType(InvalidDefinitionException e) {
        return respond(internal(e));
    }

    /**
     * A request that breaks a constraint of its body or parameters: the problem named by the constraint's
     * {@link ViolationProblem} payload, else 422 {@code invalid-field}; the first violation in the request's order.
     * Declared for this type so that it wins over quarkus-hibernate-validator's own mapper of the broader
     * {@link ValidationException}.
     */
    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e) {
        if (Violations.concernTheResponse(e.getConstraintViolations())) {
            return respond(internal(e));
        }
        return respond(Violations.problemOf(e.getConstraintViolations()));
    }

    /** A constraint that cannot be checked at all (a wrong declaration): a bug, like any unexpected failure. */
    @ServerExceptionMapper
    public Response invalidConstraint(ValidationException e) {
        return respond(internal(e));
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(Exception e) {
        return Response.fromResponse(respond(CommonProblems.unauthenticated()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(CommonProblems.forbidden());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uriInfo) {
        // quarkus-rest-jackson wraps what the parser and the binding refuse in a 400
        if (e.getCause() instanceof JsonProcessingException || e.getCause() instanceof CharConversionException) {
            return respond(JsonBodyProblems.of(e.getCause()));
        }
        int status = e.getResponse().getStatus();
        return respond(switch (status) {
            case 404 -> CommonProblems.resourceNotFound("/" + uriInfo.getPath().replaceFirst("^/", ""));
            case 405 -> CommonProblems.methodNotAllowed();
            case 406 -> CommonProblems.notAcceptable();
            case 413 -> CommonProblems.payloadTooLarge(bodyLimit.bytes());
            case 415 -> CommonProblems.unsupportedMediaType();
            default -> status >= 500 ? internal(e) : CommonProblems.badRequest(e.getMessage());
        });
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (e instanceof IOException && REQUEST_TOO_LARGE.equals(e.getMessage())) {
            // a chunked body past the limit: Quarkus REST has already answered 413 and closes the connection
            LOG.debugf("a request body grew past %d bytes", bodyLimit.bytes());
            return respond(CommonProblems.payloadTooLarge(bodyLimit.bytes()));
        }
        if (isUnavailable(e)) {
            LOG.warnf("answering 503, a component this service needs is unavailable: %s", e.toString());
            return respond(CommonProblems.temporarilyUnavailable());
        }
        return respond(internal(e));
    }

    private static boolean isUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof TimeoutException
                    || UNAVAILABLE_CAUSES.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException internal(Throwable e) {
        LOG.error("unexpected failure while answering a request", e);
        return CommonProblems.internalError();
    }

    private Response respond(ProblemException problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(ProblemJson.MEDIA_TYPE)
                .entity(ProblemJson.write(objectMapper, problem));
        Object retryAfter = problem.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter.toString());
        }
        return builder.build();
    }
}
