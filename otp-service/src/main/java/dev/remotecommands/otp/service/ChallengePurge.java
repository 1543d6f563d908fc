package dev.remotecommands.otp.service;

import dev.remotecommands.otp.config.OtpConfig;
import dev.remotecommands.otp.repository.Purges;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes challenges {@code otp.purge.retention} after they expired (never less than the hour the sending limits
 * count), and local-inbox messages as old.
 */
@ApplicationScoped
public class ChallengePurge {

    private static final Logger LOG = Logger.getLogger(ChallengePurge.class);

    private final Purges purges;
    private final Duration retention;
    private final Clock clock;

    public ChallengePurge(Purges purges, OtpConfig config, Clock clock) {
        this.purges = purges;
        this.retention = retentionOf(config.purge().retention());
        this.clock = clock;
    }

    /** The hourly limits count requests of the last hour: a shorter retention would reopen them. */
    static Duration retentionOf(Duration configured) {
        Duration hourAndMargin = SendingPolicy.HOUR.plusMinutes(5);
        return configured.compareTo(hourAndMargin) < 0 ? hourAndMargin : configured;
    }

    @Scheduled(identity = "otp-purge", every = "${otp.purge.interval:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledPurge() {
        return purge().replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("the purge of old challenges failed, it runs again later: %s", e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Deletes what is older than the retention; returns how many challenges went. */
    public Uni<Integer> purge() {
        Instant cutoff = clock.instant().minus(retention);
        return purges.challengesExpiredBefore(cutoff)
                .call(() -> purges.inboxMessagesBefore(cutoff))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("purged %d challenge(s) expired before %s", count, cutoff);
                    }
                });
    }
}
