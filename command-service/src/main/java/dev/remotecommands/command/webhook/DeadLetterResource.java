package dev.remotecommands.command.webhook;

import dev.remotecommands.problem.ProblemException;
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

import java.util.List;
import java.util.UUID;

/** The operator's view of parked webhook deliveries: list them, re-send one (same event id). Realm role operator. */
@Path("/v1/operator/webhook-dead-letters")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final WebhookDeliveries deliveries;

    public DeadLetterResource(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    public Uni<List<WebhookDeliveries.DeadLetter>> list(@QueryParam("limit") @DefaultValue("100") String limit) {
        return deliveries.deadLetters(limitOf(limit));
    }

    @POST
    @Path("/{eventId}/resend")
    public Uni<Response> resend(@PathParam("eventId") String eventId) {
        UUID id = eventIdOf(eventId);
        return deliveries.resend(id).map(queued -> {
            if (!queued) {
                throw notFound(eventId);
            }
            return Response.accepted().build();
        });
    }

    private static int limitOf(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(400, "invalid-limit", "Invalid limit", "'limit' must be a number from 1 to 1000.");
    }

    private static UUID eventIdOf(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw notFound(eventId);
        }
    }

    private static ProblemException notFound(String eventId) {
        return new ProblemException(404, "dead-letter-not-found", "No such dead letter",
                "No parked delivery " + eventId + " (or its client has no webhook any more). List them with"
                        + " GET /v1/operator/webhook-dead-letters.");
    }
}
