package dev.remotecommands.command.rest;

/** The public half of the command-signing key, for provisioning cars: base64 X.509 SubjectPublicKeyInfo. */
public record VerificationKeyView(String algorithm, String publicKey) {
}
