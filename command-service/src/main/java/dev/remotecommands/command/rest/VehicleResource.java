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
    static final int MAX_LIMIT = 100;

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
    public Uni<RestResponse<CommandView>> submit(
            @RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            @RestHeader(IDEMPOTENCY_KEY) @NotBlank(payload = Problems.IdempotencyKeyRequired.class)
            @CanonicalUuid(payload = Problems.IdempotencyKeyMalformed.class) String idempotencyKey,
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
    public Uni<VehicleStateView> state(@RestPath @WellFormedVin(payload = MalformedVin.class) String vin) {
        return states.lastKnown(caller.accountId(), vin)
                .map(state -> state.map(VehicleStateView::of).orElseGet(VehicleStateView::unknown));
    }
}
