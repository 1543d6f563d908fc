package dev.remotecommands.enrollment.service;

import java.time.Instant;

/** A remote-session token for command-service's {@code X-Remote-Session} header, and when it ends. */
public record RemoteSessionView(String token, Instant expiresAt) {
}
