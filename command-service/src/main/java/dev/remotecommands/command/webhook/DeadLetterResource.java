package dev.remotecommands.command.webhook;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/** The operator's view of parked webhook deliveries: list them, re-send one (same event id). Realm role operator. */
@Path("/v1/operator/webhook-dead-letters")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final int MAX_LIMIT = 1000;

    private final WebhookDeliveries deliveries;

    public DeadLetterResource(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Webhook deliveries parked after their retries, oldest first (limit 1..1000, default 100)")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-limit")
    public Uni<List<WebhookDeliveries.DeadLetter>> list(@QueryParam("limit") @DefaultValue("100") String limit) {
        return deliveries.deadLetters(limitOf(limit));
    }

    @POST
    @Path("/{eventId}/resend")
    @Operation(summary = "Deliver a parked event again, with the same event id; 202 once queued")
    @APIResponse(responseCode = "202", description = "Queued for delivery again")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "dead-letter-not-found")
    public Uni<Response> resend(@PathParam("eventId") String eventId) {
        UUID id = eventIdOf(eventId);
        return deliveries.resend(id).map(queued -> {
            if (!queued) {
                throw Problems.deadLetterNotFound(eventId);
            }
            return Response.accepted().build();
        });
    }

    private static int limitOf(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidLimit(limit, MAX_LIMIT);
    }

    private static UUID eventIdOf(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw Problems.deadLetterNotFound(eventId);
        }
    }

}
