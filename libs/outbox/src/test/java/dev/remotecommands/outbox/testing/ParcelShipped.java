package dev.remotecommands.outbox.testing;

import java.time.Instant;
import java.util.UUID;

/** A test event. */
public record ParcelShipped(UUID parcelId, int sequence, Instant shippedAt) {
}
