package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.service.RemoteSessionService;
import dev.remotecommands.enrollment.service.RemoteSessionView;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** The safety code opens a 7-day remote session for command-service. */
@Path("/v1/remote-sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RemoteSessionResource {

    private final RemoteSessionService sessions;
    private final Caller caller;

    public RemoteSessionResource(RemoteSessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a remote session with the safety code", description = "201 {token, expiresAt}; 422"
            + " wrong code with attemptsLeft; 423 locked with lockedUntil.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field,malformed-safety-code,"
            + "device-not-registered,safety-code-step-required,wrong-safety-code,safety-code-locked")
    @APIResponse(responseCode = "201", description = "Opened: the token for X-Remote-Session, and when it ends",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RemoteSessionView.class)))
    public Uni<RestResponse<RemoteSessionView>> open(
            @NotNull(message = Bodies.MISSING) @Valid Bodies.RemoteSession body) {
        return sessions.open(caller.accountId(), body.deviceId(), body.safetyCode())
                .map(session -> RestResponse.status(RestResponse.Status.CREATED, session));
    }
}
