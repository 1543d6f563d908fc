package dev.remotecommands.command.webhook;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;

/**
 * The webhook of the calling client (the token's {@code azp}): every status change of the commands sent through this
 * client is POSTed to it. Only a token with the realm role {@code webhook-admin} (the BFF's service account) may
 * manage it, so that a driver of the same client cannot redirect the client's deliveries.
 */
@Path("/v1/webhook")
@RolesAllowed(WebhookResource.ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    public static final String ROLE = "webhook-admin";

    /** The registration body. */
    @Schema(example = "{\"url\": \"https://bff.example.com/hooks/commands\","
            + " \"secret\": \"q3Xf9v2LmT8sRk1YwP0dHc7NzB4uJa6E\"}")
    public record WebhookRequest(String url, String secret) {
    }

    private final WebhookRegistry registry;
    private final Caller caller;
    private final Clock clock;
    private final WebhooksConfig config;

    public WebhookResource(WebhookRegistry registry, Caller caller, Clock clock, WebhooksConfig config) {
        this.registry = registry;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register (or replace) the calling client's webhook", description = "Every status change"
            + " of the commands sent through this client is POSTed to url, signed with secret (32 to 512"
            + " characters). Realm role webhook-admin.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field")
    public Uni<WebhookRegistry.Registration> register(WebhookRequest request) {
        if (request == null) {
            throw CommonProblems.malformedJson("a body {url, secret} is required");
        }
        WebhookTarget.check(request.url(), request.secret(), config.allowHttpLocalhost());
        return registry.register(clientId(), request.url(), request.secret(), clock.instant());
    }

    @GET
    @Operation(summary = "The calling client's webhook")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "webhook-not-found")
    public Uni<WebhookRegistry.Registration> show() {
        return registry.find(clientId()).onItem().ifNull().failWith(Problems::webhookNotFound);
    }

    @DELETE
    @Operation(summary = "Remove the calling client's webhook: no more deliveries")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "webhook-not-found")
    public Uni<Void> remove() {
        return registry.remove(clientId())
                .chain(removed -> removed ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(Problems.webhookNotFound()));
    }

    private String clientId() {
        String clientId = caller.clientId();
        if (clientId == null) {
            throw CommonProblems.forbidden();
        }
        return clientId;
    }
}
