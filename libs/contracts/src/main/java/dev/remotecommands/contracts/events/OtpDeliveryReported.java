package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.otp.OtpDeliveryStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * Topic {@code OtpDeliveryReported}, key account id: what became of the SMS of one {@code OtpRequested}, for the
 * app to show. {@code reason} says why a code was not sent (e.g. RESEND_COOLDOWN, PHONE_HOURLY_LIMIT,
 * ACCOUNT_HOURLY_LIMIT, COUNTRY_NOT_ALLOWED, PROVIDER_ERROR).
 */
public record OtpDeliveryReported(UUID requestId, String accountId, OtpDeliveryStatus status, String reason,
        Instant at) {

    public OtpDeliveryReported {
        present(requestId, "requestId");
        text(accountId, "accountId");
        present(status, "status");
        present(at, "at");
    }
}
