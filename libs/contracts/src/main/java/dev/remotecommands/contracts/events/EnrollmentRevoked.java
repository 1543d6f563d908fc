package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.Vin;

import java.time.Instant;

/**
 * Topic {@code EnrollmentRevoked}, key VIN: the account may no longer command this car. With a
 * {@code deviceId}, only that device lost the right; without one, the whole enrollment ended.
 */
public record EnrollmentRevoked(String accountId, String vin, String deviceId, String reason, Instant at) {

    public EnrollmentRevoked {
        text(accountId, "accountId");
        Vin.require(vin);
        present(at, "at");
    }
}
