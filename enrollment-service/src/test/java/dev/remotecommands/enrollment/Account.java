package dev.remotecommands.enrollment;

/** A driver of the test realm: the token's subject is the account id. */
public record Account(String id, String token) {
}
