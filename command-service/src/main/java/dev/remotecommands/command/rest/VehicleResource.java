package dev.remotecommands.command.rest;

import dev.remotecommands.command.service.CommandOrder;
import dev.remotecommands.command.service.CommandService;
import dev.remotecommands.command.service.VehicleStates;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.service.rest.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
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

    private final CommandService commands;
    private final VehicleStates states;
    private final Caller caller;

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
    public Uni<RestResponse<CommandView>> submit(@RestPath String vin, @RestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RestHeader(RemoteSessionToken.HEADER) String remoteSession, CommandRequestBody body) {
        String checkedVin = RequestParameters.vin(vin);
        UUID key = RequestParameters.idempotencyKey(idempotencyKey);
        CommandType type = RequestParameters.commandType(body);
        String accountId = caller.accountId();
        return commands.submit(new CommandOrder(accountId, checkedVin, type, key, remoteSession))
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
    public Uni<List<CommandView>> latest(@RestPath String vin, @RestQuery String limit) {
        String checkedVin = RequestParameters.vin(vin);
        int checkedLimit = RequestParameters.limit(limit);
        return commands.latest(caller.accountId(), checkedVin, checkedLimit)
                .map(list -> list.stream().map(CommandView::of).toList());
    }

    @GET
    @Path("/state")
    @Operation(summary = "The car's last known state; doors UNKNOWN before any report")
    public Uni<VehicleStateView> state(@RestPath String vin) {
        String checkedVin = RequestParameters.vin(vin);
        return states.lastKnown(caller.accountId(), checkedVin)
                .map(state -> state.map(VehicleStateView::of).orElseGet(VehicleStateView::unknown));
    }
}
