package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * otp-service's internal REST API ({@link OtpVerification}); URL and timeouts under
 * {@code quarkus.rest-client.otp-service.*}, used through {@link OtpVerifier}.
 */
@RegisterRestClient(configKey = "otp-service")
@Path("")
public interface OtpServiceClient {

    @POST
    @Path(OtpVerification.PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<OtpVerification.Result> verify(@PathParam("requestId") String requestId, OtpVerification.Request request);
}
