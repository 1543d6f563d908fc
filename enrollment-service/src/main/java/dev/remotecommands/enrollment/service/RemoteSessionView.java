package dev.remotecommands.enrollment.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;

/** A remote-session token for command-service's {@code X-Remote-Session} header, and when it ends. */
@Schema(example = "{\"token\": \"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl\","
        + " \"expiresAt\": \"2026-03-09T08:15:00Z\"}")
public record RemoteSessionView(String token, Instant expiresAt) {
}
