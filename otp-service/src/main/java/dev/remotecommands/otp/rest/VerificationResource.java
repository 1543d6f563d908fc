package dev.remotecommands.otp.rest;

import dev.remotecommands.contracts.constraints.CanonicalUuid;
import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.otp.problem.Problems;
import dev.remotecommands.otp.service.Verifications;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The internal code check (enrollment-service calls it while the driver waits). No bearer token: this API is
 * reachable only inside the cluster (see README: NetworkPolicy).
 */
@Path(OtpVerification.PATH)
public class VerificationResource {

    private final Verifications verifications;

    public VerificationResource(Verifications verifications) {
        this.verifications = verifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<OtpVerification.Result> verify(
            @PathParam("requestId") @CanonicalUuid(payload = Problems.MalformedRequestId.class) String requestId,
            @NotNull(payload = Problems.CodeRequired.class) @Valid VerificationRequest request) {
        return verifications.verify(UUID.fromString(requestId), request.code());
    }
}
