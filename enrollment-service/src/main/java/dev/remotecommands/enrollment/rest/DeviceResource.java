package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.service.CodeSent;
import dev.remotecommands.enrollment.service.DeviceService;
import dev.remotecommands.enrollment.service.DeviceView;
import dev.remotecommands.enrollment.service.StatusView;
import dev.remotecommands.service.rest.Caller;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** Step 2, first half: registering this smartphone with a 9-digit code sent to the trusted phone. */
@Path("/v1/devices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final DeviceService devices;
    private final Caller caller;

    public DeviceResource(DeviceService devices, Caller caller) {
        this.devices = devices;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start registering a device: a 9-digit code goes to the trusted phone")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field,trusted-phone-required,"
            + "device-already-registered,device-limit-reached,resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> register(@NotNull(message = Bodies.MISSING) @Valid Bodies.NewDevice body) {
        return devices.register(caller.accountId(), body.deviceId(), Bodies.trimmedName(body.name()))
                .map(RestResponse::accepted);
    }

    @POST
    @Path("/{deviceId}/code/resend")
    @Operation(summary = "Send a new 9-digit code (429 with Retry-After during the cooldown)")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "device-not-found,device-already-registered,"
            + "trusted-phone-required,resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> resend(
            @RestPath @DeviceId(payload = Problems.DeviceNotFound.class) String deviceId) {
        return devices.resend(caller.accountId(), deviceId).map(RestResponse::accepted);
    }

    @POST
    @Path("/{deviceId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the 9-digit code; 200 {status: REGISTERED}")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "device-not-found,malformed-code,no-code-requested,"
            + "wrong-code,code-expired,code-attempts-exhausted,code-not-sent-yet,otp-service-unavailable")
    public Uni<StatusView> verify(@RestPath @DeviceId(payload = Problems.DeviceNotFound.class) String deviceId,
            @NotNull(message = Bodies.MISSING) Bodies.Code body) {
        return devices.verify(caller.accountId(), deviceId, body.code());
    }

    @GET
    @Operation(summary = "The account's devices")
    public Uni<List<DeviceView>> list() {
        return devices.list(caller.accountId());
    }

    @DELETE
    @Path("/{deviceId}")
    @Operation(summary = "Remove a device; every car it was paired with is revoked for it")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "device-not-found")
    public Uni<RestResponse<Void>> remove(
            @RestPath @DeviceId(payload = Problems.DeviceNotFound.class) String deviceId) {
        return devices.remove(caller.accountId(), deviceId)
                .map(ignored -> RestResponse.noContent());
    }
}
