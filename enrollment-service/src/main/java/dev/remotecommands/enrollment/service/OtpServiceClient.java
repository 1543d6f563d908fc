package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** otp-service's internal REST API ({@link OtpVerification}); built by {@link OtpVerifier} with the configured URL. */
@Path("")
public interface OtpServiceClient {

    @POST
    @Path(OtpVerification.PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<OtpVerification.Result> verify(@PathParam("requestId") String requestId, OtpVerification.Request request);
}
