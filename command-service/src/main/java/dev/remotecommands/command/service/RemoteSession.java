package dev.remotecommands.command.service;

import java.time.Instant;
import java.util.Set;

/**
 * A remote-session token whose signature, issuer, audience and age checked out. {@code pairedVins}: the cars its
 * device was paired with when it opened (empty for a session that did not say).
 */
public record RemoteSession(String accountId, String deviceId, Set<String> pairedVins, Instant issuedAt,
        Instant expiresAt) {
}
