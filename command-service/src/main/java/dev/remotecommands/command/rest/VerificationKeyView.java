package dev.remotecommands.command.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public half of the command-signing key, for provisioning cars: base64 X.509 SubjectPublicKeyInfo. */
@Schema(example = "{\"algorithm\": \"Ed25519\","
        + " \"publicKey\": \"MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\"}")
public record VerificationKeyView(String algorithm, String publicKey) {
}
