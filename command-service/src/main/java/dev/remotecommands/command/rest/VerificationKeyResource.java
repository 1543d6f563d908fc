package dev.remotecommands.command.rest;

import dev.remotecommands.command.service.CommandSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public half of the command-signing key, which cars are provisioned with. Public: it is no secret. */
@Path("/v1/command-verification-key")
@PermitAll
public class VerificationKeyResource {

    private final CommandSigner signer;

    public VerificationKeyResource(CommandSigner signer) {
        this.signer = signer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Ed25519 key that verifies command signatures (base64 X.509 SubjectPublicKeyInfo)")
    public VerificationKeyView key() {
        return new VerificationKeyView("Ed25519", signer.encodedPublicKey());
    }
}
