package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.service.CodeSent;
import dev.remotecommands.enrollment.service.StatusView;
import dev.remotecommands.enrollment.service.TrustedPhoneService;
import dev.remotecommands.enrollment.service.TrustedPhoneView;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** Step 1: the trusted phone number. */
@Path("/v1/trusted-phone")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TrustedPhoneResource {

    private final TrustedPhoneService phones;
    private final Caller caller;

    public TrustedPhoneResource(TrustedPhoneService phones, Caller caller) {
        this.phones = phones;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define the trusted phone: a 6-digit code goes to it by SMS", description = "409"
            + " trusted-phone-already-defined once one is defined: change it with PUT /v1/trusted-phone.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-phone-number,activation-required,"
            + "trusted-phone-already-defined,resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> define(@NotNull(message = Bodies.MISSING) Bodies.Phone body) {
        return phones.define(caller.accountId(), body.country(), body.number()).map(RestResponse::accepted);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the trusted phone: the safety code on a registered device, then a 6-digit code to"
            + " the new number", description = "202 as for POST; confirm with POST /v1/trusted-phone/verification."
            + " A wrong safety code counts toward the lockout (422 wrong-safety-code, 423 safety-code-locked). Once"
            + " verified, the old number gets an SMS and every remote session opened before ends.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field,malformed-safety-code,"
            + "invalid-phone-number,device-not-registered,safety-code-step-required,wrong-safety-code,"
            + "safety-code-locked,resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> change(@NotNull(message = Bodies.MISSING) @Valid Bodies.PhoneChange body) {
        return phones.change(caller.accountId(), body.deviceId(), body.safetyCode(), body.country(), body.number())
                .map(RestResponse::accepted);
    }

    @POST
    @Path("/code/resend")
    @Operation(summary = "Send a new code to the phone being verified (429 with Retry-After during the cooldown)")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "no-code-requested,resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> resend() {
        return phones.resend(caller.accountId()).map(RestResponse::accepted);
    }

    @POST
    @Path("/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the 6-digit code; 200 {status: DEFINED}")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "malformed-code,no-code-requested,wrong-code,"
            + "code-expired,code-attempts-exhausted,code-not-sent-yet,otp-service-unavailable")
    public Uni<StatusView> verify(@NotNull(message = Bodies.MISSING) Bodies.Code body) {
        return phones.verify(caller.accountId(), body.code());
    }

    @GET
    @Operation(summary = "The trusted phone (masked), PENDING or DEFINED, and what became of the last SMS")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "trusted-phone-not-found")
    public Uni<TrustedPhoneView> read() {
        return phones.read(caller.accountId());
    }
}
