package dev.remotecommands.simulator.rest;

import dev.remotecommands.contracts.constraints.WellFormedVin;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.problem.CommonProblems.MalformedVin;
import dev.remotecommands.simulator.CarSnapshot;
import dev.remotecommands.simulator.ExecutionLog;
import dev.remotecommands.simulator.problem.Problems;
import dev.remotecommands.simulator.service.Fleet;
import dev.remotecommands.simulator.service.SimulatedCar;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/**
 * The simulator's REST API: it plays the driver sitting in the car (ignition, privacy mode, Bluetooth pairing)
 * and lets tests and people look at the cars.
 */
@Path("/v1/cars")
@Produces(MediaType.APPLICATION_JSON)
public class CarResource {

    private final Fleet fleet;

    public CarResource(Fleet fleet) {
        this.fleet = fleet;
    }

    @GET
    public Uni<List<CarSnapshot>> list() {
        List<Uni<CarSnapshot>> snapshots = fleet.cars().stream().map(SimulatedCar::snapshot).toList();
        if (snapshots.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(snapshots).andFailFast();
    }

    @GET
    @Path("/{vin}")
    public Uni<CarSnapshot> get(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin) {
        return fleet.require(vin).snapshot();
    }

    /** Every command the car executed since the simulator started (bounded), oldest first: evidence for tests. */
    @GET
    @Path("/{vin}/executions")
    public Uni<ExecutionLog> executions(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin) {
        return fleet.require(vin).executionLog();
    }

    @PUT
    @Path("/{vin}/ignition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CarSnapshot> ignition(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin,
            @NotNull(message = IgnitionRequest.REQUIRED, payload = Problems.OnRequired.class) @Valid
            IgnitionRequest request) {
        return fleet.require(vin).setIgnition(request.on() ? IgnitionState.ON : IgnitionState.OFF);
    }

    @PUT
    @Path("/{vin}/privacy-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CarSnapshot> privacyMode(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin,
            @NotNull(message = PrivacyModeRequest.REQUIRED, payload = Problems.ModeRequired.class) @Valid
            PrivacyModeRequest request) {
        return fleet.require(vin).setPrivacyMode(request.mode());
    }

    @POST
    @Path("/{vin}/sleep")
    public Uni<CarSnapshot> sleep(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin) {
        return fleet.require(vin).sleep();
    }

    /** Starts waking the car, as a wake-up message would; it is ONLINE after the wake-up latency. */
    @POST
    @Path("/{vin}/wake-up")
    @ResponseStatus(202)
    public Uni<CarSnapshot> wakeUp(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin) {
        return fleet.require(vin).wakeUp();
    }

    @POST
    @Path("/{vin}/bluetooth-pairing")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<PairingMessage> bluetoothPairing(@PathParam("vin") @WellFormedVin(payload = MalformedVin.class) String vin,
            @NotNull(message = PairingRequest.REQUIRED, payload = Problems.BodyRequired.class) @Valid
            PairingRequest request) {
        return fleet.require(vin).pair(request.challenge(), request.deviceId());
    }
}
