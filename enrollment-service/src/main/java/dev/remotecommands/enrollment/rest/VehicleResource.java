package dev.remotecommands.enrollment.rest;

import dev.remotecommands.contracts.constraints.CanonicalUuid;
import dev.remotecommands.contracts.constraints.WellFormedVin;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.service.Journey;
import dev.remotecommands.enrollment.service.PairingService;
import dev.remotecommands.enrollment.service.PairingSessionView;
import dev.remotecommands.enrollment.service.VehicleService;
import dev.remotecommands.enrollment.service.VehicleView;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.CommonProblems.MalformedVin;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The account's vehicles, remote-commands activation and journey, and step 3 (pairing sessions). */
@Path("/v1/vehicles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    private final VehicleService vehicles;
    private final PairingService pairing;
    private final Caller caller;

    public VehicleResource(VehicleService vehicles, PairingService pairing, Caller caller) {
        this.vehicles = vehicles;
        this.pairing = pairing;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a vehicle", description = "201 the first time; 200 with the existing registration"
            + " when this account already registered the VIN.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,invalid-field")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The vehicle: /v1/vehicles/{vin}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "200", description = "Already registered to this account: the existing registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VehicleView.class)))
    public Uni<RestResponse<VehicleView>> register(@NotNull(message = Bodies.MISSING) @Valid Bodies.NewVehicle body) {
        String vin = body.vin();
        return vehicles.register(caller.accountId(), vin, Bodies.trimmedName(body.nickname()))
                .map(registration -> registration.created()
                        ? RestResponse.ResponseBuilder.<VehicleView>created(URI.create("/v1/vehicles/" + vin))
                                .entity(registration.vehicle()).build()
                        : RestResponse.ok(registration.vehicle()));
    }

    @GET
    @Operation(summary = "The account's vehicles, each with its remote-commands status")
    public Uni<List<VehicleView>> list() {
        return vehicles.list(caller.accountId());
    }

    @GET
    @Path("/{vin}/remote-commands")
    @Operation(summary = "Where the journey stands: status, each step TODO or DONE, the next step")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,vehicle-not-found")
    public Uni<Journey> journey(@RestPath @WellFormedVin(payload = MalformedVin.class) String vin) {
        return vehicles.journey(caller.accountId(), vin);
    }

    @POST
    @Path("/{vin}/remote-commands/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate remote commands with the accepted current terms and preferences")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,vehicle-not-found,terms-not-accepted,"
            + "terms-outdated")
    public Uni<Journey> activate(@RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            @NotNull(message = Bodies.MISSING) Bodies.Activation body) {
        return vehicles.activate(caller.accountId(), vin, body.termsVersion(), body.termsAccepted(),
                body.preferences());
    }

    @DELETE
    @Path("/{vin}/remote-commands")
    @Operation(summary = "Deactivate remote commands for this vehicle (EnrollmentRevoked)")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,vehicle-not-found")
    public Uni<RestResponse<Void>> deactivate(
            @RestPath @WellFormedVin(payload = MalformedVin.class) String vin) {
        return vehicles.deactivate(caller.accountId(), vin).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/{vin}/pairing-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Step 3: open a pairing session", description = "201 with the challenge the phone hands to"
            + " the car over Bluetooth, its deadline and the checklist to show.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,invalid-field,vehicle-not-found,"
            + "activation-required,trusted-phone-required,safety-code-step-required,device-not-registered")
    @APIResponse(responseCode = "201", description = "Opened: hand the challenge to the car before expiresAt",
            headers = @Header(name = "Location",
                    description = "The session, to follow: /v1/vehicles/{vin}/pairing-sessions/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PairingSessionView.class)))
    public Uni<RestResponse<PairingSessionView>> openPairing(
            @RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            @NotNull(message = Bodies.MISSING) @Valid Bodies.DeviceOnly body) {
        return pairing.open(caller.accountId(), vin, body.deviceId())
                .map(session -> RestResponse.ResponseBuilder
                        .<PairingSessionView>created(URI.create("/v1/vehicles/" + vin + "/pairing-sessions/" + session.id()))
                        .entity(session).build());
    }

    @GET
    @Path("/{vin}/pairing-sessions/{id}")
    @Operation(summary = "A pairing session: WAITING_FOR_VEHICLE, DONE or FAILED with its reason")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-vin,pairing-session-not-found")
    public Uni<PairingSessionView> pairingSession(
            @RestPath @WellFormedVin(payload = MalformedVin.class) String vin,
            @RestPath @CanonicalUuid(payload = Problems.PairingSessionNotFound.class) String id) {
        return pairing.read(caller.accountId(), vin, UUID.fromString(id));
    }
}
