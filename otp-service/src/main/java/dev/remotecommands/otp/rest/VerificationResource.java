package dev.remotecommands.otp.rest;

import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.otp.problem.Problems;
import dev.remotecommands.otp.service.Verifications;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The internal code check (enrollment-service calls it while the driver waits). No bearer token: this API is
 * reachable only inside the cluster (see README: NetworkPolicy).
 */
@Path(OtpVerification.PATH)
public class VerificationResource {

    private static final Pattern CODE = Pattern.compile("[0-9]{4,12}");

    private final Verifications verifications;

    public VerificationResource(Verifications verifications) {
        this.verifications = verifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<OtpVerification.Result> verify(@PathParam("requestId") String requestId,
            OtpVerification.Request request) {
        UUID id = parseId(requestId);
        if (request == null || request.code() == null) {
            throw Problems.codeRequired();
        }
        if (!CODE.matcher(request.code()).matches()) {
            throw Problems.malformedCode();
        }
        return verifications.verify(id, request.code());
    }

    private static UUID parseId(String requestId) {
        try {
            UUID id = UUID.fromString(requestId);
            // UUID.fromString accepts shortened forms such as 1-2-3-4-5; only the canonical one names a challenge
            if (!id.toString().equalsIgnoreCase(requestId)) {
                throw Problems.malformedRequestId(requestId);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw Problems.malformedRequestId(requestId);
        }
    }
}
