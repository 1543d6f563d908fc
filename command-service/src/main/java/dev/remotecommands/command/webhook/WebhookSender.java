package dev.remotecommands.command.webhook;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * POSTs one delivery, signed afresh on every attempt (a new timestamp), and retries any failure (no answer in time,
 * a refused connection, a non-2xx answer) with exponential back-off and jitter for a bounded time; the failure that
 * remains after it is the caller's to park. The timings are {@code commands.webhooks.retry.*} (SmallRye Fault
 * Tolerance's programmatic guard, so that the worker's lease can be derived from the same figures).
 */
@ApplicationScoped
public class WebhookSender {

    /** A non-2xx answer. */
    public static final class RefusedDelivery extends RuntimeException {
        RefusedDelivery(int status) {
            super("the webhook answered " + status);
        }
    }

    private final WebClient client;
    private final Clock clock;
    private final long timeoutMillis;
    private final TypedGuard<Uni<Void>> retry;

    public WebhookSender(Vertx vertx, Clock clock, WebhooksConfig config) {
        // HTTP/1.1 only: a receiver need not speak HTTP/2, and no h2c upgrade dance with it. As many connections as
        // deliveries in flight (they mostly go to one BFF): the client's default of 5 would queue the rest.
        this.client = WebClient.create(vertx, new WebClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) config.requestTimeout().toMillis()).setFollowRedirects(false)
                .setMaxPoolSize(config.maxInFlight())
                .setUserAgent("remote-commands-webhook/1"));
        this.clock = clock;
        this.timeoutMillis = config.requestTimeout().toMillis();
        this.retry = retryOf(config.retry());
    }

    private static TypedGuard<Uni<Void>> retryOf(WebhooksConfig.Retry config) {
        return TypedGuard.create(new TypeLiteral<Uni<Void>>() { })
                .withDescription("webhook delivery")
                .withRetry().maxRetries(-1)
                .delay(config.initialDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.jitter().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(config.maxDuration().toMillis(), ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    public Uni<Void> post(Delivery delivery) {
        return retry.get(() -> attempt(delivery));
    }

    private Uni<Void> attempt(Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        return client.postAbs(delivery.url())
                .timeout(timeoutMillis)
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSignature.ID_HEADER, delivery.eventId().toString())
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.body()))
                .sendBuffer(Buffer.buffer(delivery.body()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new RefusedDelivery(response.statusCode());
                    }
                    return null;
                });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
