package dev.remotecommands.bridge.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The periodic passes over in-flight commands (deadlines, unconfirmed or unanswered publications, a broker that
 * stopped delivering acks), over provisionings not yet published (broker was down), and the hourly purge of what is
 * no longer needed. The first deadline pass, right after start-up (when the MQTT session and Kafka channels are up),
 * resumes what a previous process left in flight.
 */
@ApplicationScoped
public class DeadlineSweeper {

    private static final Logger LOG = Logger.getLogger(DeadlineSweeper.class);

    private final DeadlineService deadlines;
    private final InFlightRecovery recovery;
    private final ProvisioningPublisher provisioning;
    private final AckSilenceWatch ackSilence;
    private final IsolatedContext context;
    private volatile boolean recovered;

    public DeadlineSweeper(DeadlineService deadlines, InFlightRecovery recovery, ProvisioningPublisher provisioning,
            AckSilenceWatch ackSilence, IsolatedContext context) {
        this.deadlines = deadlines;
        this.recovery = recovery;
        this.provisioning = provisioning;
        this.ackSilence = ackSilence;
        this.context = context;
    }

    @Scheduled(every = "${bridge.sweep-interval:1s}", delayed = "${bridge.sweep-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Uni<Void> pass = context.run(() -> recovered
                ? deadlines.finishAllOverdue().chain(deadlines::publishAgainUnsettled).chain(ackSilence::check)
                : recovery.resume().invoke(() -> recovered = true).replaceWithVoid())
                .chain(provisioning::publishPending);
        return pass.onFailure().recoverWithItem(failure -> {
            LOG.warnf("Deadline sweep failed, next pass will retry: %s", failure.getMessage());
            return null;
        });
    }

    @Scheduled(every = "${bridge.purge-interval:PT1H}", delayed = "${bridge.purge-interval:PT1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return context.run(deadlines::purge).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Purge of finished commands failed, next pass will retry: %s", failure.getMessage());
            return null;
        });
    }
}
