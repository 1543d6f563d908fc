package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.service.CodeSent;
import dev.remotecommands.enrollment.service.SafetyCodeService;
import dev.remotecommands.enrollment.service.StatusView;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Step 2, second half: the account's safety code, and its reset through an SMS code. */
@Path("/v1/safety-code")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SafetyCodeResource {

    private final SafetyCodeService safetyCodes;
    private final Caller caller;

    public SafetyCodeResource(SafetyCodeService safetyCodes, Caller caller) {
        this.safetyCodes = safetyCodes;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the 4-digit safety code (typed twice)", description = "Once a code is set, changing it"
            + " needs resetCode: the 6-digit code sent by POST /v1/safety-code/reset.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field,malformed-safety-code,"
            + "safety-code-mismatch,safety-code-too-easy,device-not-registered,safety-code-already-set,"
            + "malformed-code,no-code-requested,wrong-code,code-expired,code-attempts-exhausted,code-not-sent-yet,"
            + "otp-service-unavailable")
    public Uni<StatusView> set(@NotNull(message = Bodies.MISSING) @Valid Bodies.SafetyCode body) {
        return safetyCodes.set(caller.accountId(), body.deviceId(), body.safetyCode(), body.confirmation(),
                body.resetCode());
    }

    @POST
    @Path("/change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the safety code, knowing the current one (from a registered device)",
            description = "200 {status: SET}; the new code obeys the rules of the first; a wrong current code counts"
                    + " toward the lockout (422 wrong-safety-code, 423 safety-code-locked); every remote session"
                    + " opened before ends.")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "invalid-field,malformed-safety-code,"
            + "safety-code-mismatch,safety-code-too-easy,device-not-registered,safety-code-step-required,"
            + "wrong-safety-code,safety-code-locked")
    public Uni<StatusView> change(@NotNull(message = Bodies.MISSING) @Valid Bodies.SafetyCodeChange body) {
        return safetyCodes.change(caller.accountId(), body.deviceId(), body.currentSafetyCode(), body.safetyCode(),
                body.confirmation());
    }

    @POST
    @Path("/reset")
    @Operation(summary = "Forgotten safety code: a 6-digit reset code goes to the trusted phone")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "trusted-phone-required,no-safety-code-to-reset,"
            + "resend-too-soon")
    @APIResponse(responseCode = "202", description = "Sent: the code's length and lifetime, when to ask for a new one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodeSent.class)))
    public Uni<RestResponse<CodeSent>> reset() {
        return safetyCodes.requestReset(caller.accountId()).map(RestResponse::accepted);
    }
}
