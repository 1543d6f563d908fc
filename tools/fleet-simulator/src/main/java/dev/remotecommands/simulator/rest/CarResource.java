package dev.remotecommands.simulator.rest;

import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.simulator.CarSnapshot;
import dev.remotecommands.simulator.ExecutionLog;
import dev.remotecommands.simulator.problem.Problems;
import dev.remotecommands.simulator.service.Fleet;
import dev.remotecommands.simulator.service.SimulatedCar;
import io.smallrye.mutiny.Uni;
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

    private static final int MAX_FIELD_LENGTH = 256;

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
    public Uni<CarSnapshot> get(@PathParam("vin") String vin) {
        return fleet.require(vin).snapshot();
    }

    /** Every command the car executed since the simulator started (bounded), oldest first: evidence for tests. */
    @GET
    @Path("/{vin}/executions")
    public Uni<ExecutionLog> executions(@PathParam("vin") String vin) {
        return fleet.require(vin).executionLog();
    }

    @PUT
    @Path("/{vin}/ignition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CarSnapshot> ignition(@PathParam("vin") String vin, IgnitionRequest request) {
        SimulatedCar car = fleet.require(vin);
        if (request == null || request.on() == null) {
            throw Problems.invalidField("on", "Send {\"on\": true} to start the engine or "
                    + "{\"on\": false} to stop it.");
        }
        return car.setIgnition(request.on() ? IgnitionState.ON : IgnitionState.OFF);
    }

    @PUT
    @Path("/{vin}/privacy-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CarSnapshot> privacyMode(@PathParam("vin") String vin, PrivacyModeRequest request) {
        SimulatedCar car = fleet.require(vin);
        if (request == null || request.mode() == null) {
            throw Problems.invalidField("mode", "Send {\"mode\": \"SHARING\"} or {\"mode\": \"PRIVATE\"}.");
        }
        return car.setPrivacyMode(request.mode());
    }

    @POST
    @Path("/{vin}/sleep")
    public Uni<CarSnapshot> sleep(@PathParam("vin") String vin) {
        return fleet.require(vin).sleep();
    }

    /** Starts waking the car, as a wake-up message would; it is ONLINE after the wake-up latency. */
    @POST
    @Path("/{vin}/wake-up")
    @ResponseStatus(202)
    public Uni<CarSnapshot> wakeUp(@PathParam("vin") String vin) {
        return fleet.require(vin).wakeUp();
    }

    @POST
    @Path("/{vin}/bluetooth-pairing")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<PairingMessage> bluetoothPairing(@PathParam("vin") String vin, PairingRequest request) {
        SimulatedCar car = fleet.require(vin);
        if (request == null) {
            throw Problems.bodyRequired("Send {\"challenge\": \"...\", \"deviceId\": \"...\"}: the "
                    + "challenge of the pairing session and the phone's device id.");
        }
        requireText("challenge", request.challenge(), "the challenge of the pairing session");
        requireText("deviceId", request.deviceId(), "the id of the phone being paired");
        return car.pair(request.challenge(), request.deviceId());
    }

    private static void requireText(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, field + " is required: " + what + ".");
        }
        if (value.length() > MAX_FIELD_LENGTH) {
            throw Problems.invalidField(field, field + " is longer than " + MAX_FIELD_LENGTH
                    + " characters; send " + what + " as it was given.");
        }
    }
}
