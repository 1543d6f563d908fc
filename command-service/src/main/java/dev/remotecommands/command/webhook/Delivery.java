package dev.remotecommands.command.webhook;

import java.util.UUID;

/** One claimed delivery: where to send it, with what secret, and its JSON body. */
public record Delivery(UUID eventId, String clientId, String url, String secret, String body) {
}
