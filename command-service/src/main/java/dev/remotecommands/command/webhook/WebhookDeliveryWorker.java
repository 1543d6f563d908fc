package dev.remotecommands.command.webhook;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works the delivery queue, apart from the command path: claims due deliveries, sends each on its own (a slow or
 * failing webhook holds only its own deliveries), deletes it when delivered, parks it in the dead letters when
 * {@link WebhookSender}'s retries gave up. A crash mid-way leaves the lease to expire and the delivery is sent again:
 * at least once.
 */
@ApplicationScoped
public class WebhookDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class);
    /** Room for the last attempt's answer and for parking or deleting the row after the retries. */
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhooksConfig config;
    private final Duration lease;
    private final AtomicInteger inFlight = new AtomicInteger();

    public WebhookDeliveryWorker(WebhookDeliveries deliveries, WebhookSender sender, WebhooksConfig config) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.config = config;
        this.lease = leaseOf(config);
    }

    /**
     * A claimed delivery must stay leased for the whole retry time and the last attempt, or another run (or
     * instance) would claim it again while it is still being retried and send it twice in parallel; so the lease is
     * derived from the retry settings rather than configured beside them.
     */
    static Duration leaseOf(WebhooksConfig config) {
        return config.retry().maxDuration().plus(config.requestTimeout()).plus(LEASE_MARGIN);
    }

    @Scheduled(every = "${commands.webhooks.poll-interval:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        int room = config.maxInFlight() - inFlight.get();
        if (room <= 0) {
            return Uni.createFrom().voidItem();
        }
        return deliveries.claim(room, lease)
                .invoke(claimed -> claimed.forEach(this::send))
                .onFailure().invoke(e -> LOG.debugf("no webhook deliveries claimed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void send(Delivery delivery) {
        inFlight.incrementAndGet();
        sender.post(delivery)
                .onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                        ? deliveries.delivered(delivery.eventId())
                        : park(delivery, failure))
                .onTermination().invoke(inFlight::decrementAndGet)
                // the command's next change is due now: claim it without waiting for the next tick
                .subscribe().with(ignored -> work().subscribe().with(done -> { }),
                        e -> LOG.warnf("webhook event %s stays queued, sent again when its lease ends: %s",
                                delivery.eventId(), e.getMessage()));
    }

    private Uni<Void> park(Delivery delivery, Throwable failure) {
        LOG.warnf("webhook of client %s: event %s parked after retries: %s", delivery.clientId(), delivery.eventId(),
                failure.getMessage());
        return deliveries.park(delivery.eventId(), String.valueOf(failure.getMessage()));
    }
}
