package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.Vin;

import java.time.Instant;

/** Topic {@code EnrollmentCompleted}, key VIN: this account, from this device, may now command this car. */
public record EnrollmentCompleted(String accountId, String vin, String deviceId, Instant at) {

    public EnrollmentCompleted {
        text(accountId, "accountId");
        Vin.require(vin);
        present(at, "at");
    }
}
