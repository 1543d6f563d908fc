package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.session.SessionsEndReason;

import java.time.Instant;

/**
 * Topic {@code RemoteSessionsEnded}, key account id: every remote session of the account issued before
 * {@code validFrom} has ended, whatever its expiry says. {@code validFrom} is a whole second (a session's
 * {@code iat} is one), and sessions issued at or after it are valid; enrollment-service never issues a session
 * before the newest {@code validFrom}. Consumers keep the latest {@code validFrom} per account, so a replayed or
 * out-of-order record changes nothing.
 */
public record RemoteSessionsEnded(String accountId, SessionsEndReason reason, Instant validFrom, Instant at) {

    public RemoteSessionsEnded {
        text(accountId, "accountId");
        present(reason, "reason");
        present(validFrom, "validFrom");
        present(at, "at");
    }
}
