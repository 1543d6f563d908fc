package dev.remotecommands.bridge.testing;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Signed commands as command-service would request them. */
public final class Commands {

    public static final KeyPair KEYS = CommandSignature.generateKeyPair();

    private Commands() {
    }

    /** A command for this car that expires {@code ttl} from now (negative: already expired). */
    public static CommandRequested command(String vin, CommandType type, Duration ttl) {
        UUID id = UUID.randomUUID();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = issuedAt.plus(ttl);
        if (ttl.isNegative()) {
            issuedAt = expiresAt.minusSeconds(60);
        }
        return new CommandRequested(id, vin, "account-of-" + vin, type, issuedAt, expiresAt,
                CommandSignature.sign(KEYS.getPrivate(), id, vin, type, issuedAt, expiresAt));
    }

    public static CommandRequested command(String vin) {
        return command(vin, CommandType.LOCK, Duration.ofSeconds(60));
    }
}
