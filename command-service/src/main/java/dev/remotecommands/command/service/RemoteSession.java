package dev.remotecommands.command.service;

import java.time.Instant;

/** A remote-session token whose signature, issuer, audience and age checked out. */
public record RemoteSession(String accountId, String deviceId, Instant issuedAt, Instant expiresAt) {
}
