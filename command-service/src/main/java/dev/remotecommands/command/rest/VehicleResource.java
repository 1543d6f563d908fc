package dev.remotecommands.command.rest;

import dev.remotecommands.command.metrics.CommandMetrics;
import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.command.service.CommandOrder;
import dev.remotecommands.command.service.CommandService;
import dev.remotecommands.command.service.VehicleStates;
import dev.remotecommands.contracts.constraints.CanonicalUuid;
import dev.remotecommands.contracts.constraints.WellFormedVin;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.CommonProblems.MalformedVin;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** A car's commands and state, for the account that enrolled it. */
@Path("/v1/vehicles/{vin}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LIMIT = 100;

    private final CommandService commands;
    private final VehicleStates states;
    private final Caller caller;
    @Inject
    CommandMetrics metrics;

    public VehicleResource(CommandService commands, VehicleStates states, Caller caller) {
        this.commands = commands;
        this.states = states;
        this.caller = caller;
    }

    @POST
    @Path("/commands")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a command to the car", description = "Needs X-Remote-Session, the token of a remote"
            + " session opened with the safety code (403 safety-code-required without a valid one). 202 with the"
            + " command and its Location; the same Idempotency-Key and body give back the same command with"
            + " Idempotent-Replayed: true.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,idempotency-key-required,"
            + "idempotency-key-malformed,command-type-required,unknown-command-type,idempotency-key-reused,"
            + "vehicle-not-found,activation-in-progress,safety-code-required,same-action-in-progress,too-many-requests")
    @APIResponse(responseCode = "202", description = "Accepted: the command, to follow at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandView.class)),
            headers = {
                @Header(name = "Location", description = "The command: GET it, or follow /events",
                        schema = @Schema(type = SchemaType.STRING, example = CommandView.EXAMPLE_LOCATION)),
                @Header(name = IDEMPOTENT_REPLAYED, description = "true when this is the command of an earlier"
                        + " request with the same Idempotency-Key and body (nothing new was sent to the car)",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "true")) })
    public Uni<RestResponse<CommandView>> submit(
            @RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            @Parameter(description = "A new UUID for each new command; the same one to retry the same request,"
                    + " which then cannot run twice (400 when missing or no UUID, 422 when reused for another"
                    + " command)", required = true, example = "3f2b8c1e-6a4d-4b5e-9c1f-2a7d8e9b0c3d")
            @RestHeader(IDEMPOTENCY_KEY) @NotBlank(payload = Problems.IdempotencyKeyRequired.class)
            @CanonicalUuid(payload = Problems.IdempotencyKeyMalformed.class) String idempotencyKey,
            @Parameter(description = "The token of a remote session, opened with the safety code by POST"
                    + " /v1/remote-sessions on enrollment-service; missing, expired or ended: 403"
                    + " safety-code-required", example = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl")
            @RestHeader(RemoteSessionToken.HEADER) String remoteSession,
            @NotNull(payload = Problems.CommandTypeRequired.class) @Valid CommandRequestBody body) {
        UUID key = UUID.fromString(idempotencyKey);
        CommandType type = CommandType.valueOf(body.type().trim());
        String accountId = caller.accountId();
        return commands.submit(new CommandOrder(accountId, vin, type, key, remoteSession, caller.clientId()))
                .invoke(submission -> {
                    if (!submission.replayed()) {
                        metrics.accepted(type);
                    }
                })
                .onFailure().invoke(failure -> metrics.refused(type, failure))
                .map(submission -> {
                    CommandView view = CommandView.of(submission.details());
                    RestResponse.ResponseBuilder<CommandView> response = RestResponse.ResponseBuilder
                            .<CommandView>create(RestResponse.Status.ACCEPTED)
                            .entity(view)
                            .header("Location", CommandResource.PATH + "/" + view.id());
                    if (submission.replayed()) {
                        response.header(IDEMPOTENT_REPLAYED, "true");
                    }
                    return response.build();
                });
    }

    @GET
    @Path("/commands")
    @Operation(summary = "The account's latest commands for this car, newest first (limit 1..100, default 20)")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,invalid-limit,vehicle-not-found")
    public Uni<List<CommandView>> latest(@RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            // digits only, so that it parses; the default when absent
            @RestQuery @DefaultValue("20") @Pattern(regexp = "[0-9]{1,3}", payload = Problems.InvalidLimit.class)
            @Min(value = 1, payload = Problems.InvalidLimit.class)
            @Max(value = MAX_LIMIT, payload = Problems.InvalidLimit.class) String limit) {
        return commands.latest(caller.accountId(), vin, Integer.parseInt(limit))
                .map(list -> list.stream().map(CommandView::of).toList());
    }

    @GET
    @Path("/state")
    @Operation(summary = "The car's last known state; doors UNKNOWN before any report")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,vehicle-not-found")
    public Uni<VehicleStateView> state(@RestPath @WellFormedVin(payload = MalformedVin.class) String vin) {
        return states.lastKnown(caller.accountId(), vin)
                .map(state -> state.map(VehicleStateView::of).orElseGet(VehicleStateView::unknown));
    }
}
