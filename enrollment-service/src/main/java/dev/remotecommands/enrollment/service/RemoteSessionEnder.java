package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.RemoteSessionsEnded;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.AccountProfile;
import dev.remotecommands.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Ends every remote session of an account opened before now: stamps the profile and announces
 * {@code RemoteSessionsEnded} through the outbox, in the caller's transaction. The stamp is rounded up to the next
 * whole second because a session's {@code iat} is whole seconds: a session opened in the same second before the
 * change must end too. Sessions opened after it are issued at the stamp at the earliest
 * ({@link AccountProfile#sessionIssuedAt}), so they are not caught by it.
 */
@ApplicationScoped
public class RemoteSessionEnder {

    private final Outbox outbox;
    private final Clock clock;

    public RemoteSessionEnder(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Call inside a transaction, with the profile locked ({@code AccountProfileRepository.lock}). */
    public Uni<Void> endAll(AccountProfile profile, SessionsEndReason reason) {
        Instant now = clock.instant();
        Instant validFrom = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        profile.sessionsEndedBefore(validFrom);
        return outbox.enqueue(Topics.REMOTE_SESSIONS_ENDED, profile.getAccountId(),
                new RemoteSessionsEnded(profile.getAccountId(), reason, validFrom,
                        now.truncatedTo(ChronoUnit.MILLIS)));
    }
}
