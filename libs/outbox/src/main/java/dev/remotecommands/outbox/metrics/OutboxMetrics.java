package dev.remotecommands.outbox.metrics;

import dev.remotecommands.outbox.OutboxConfig;
import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox backlog and the relay's lag (age of the oldest waiting event) as gauges. A scrape cannot wait for the
 * database, so one query refreshes both every {@code outbox.metrics-interval}, off the relay's path.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final String BACKLOG = "select count(*) as backlog, min(created_at) as oldest, now() as now from outbox";

    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();
    private long timer = -1;

    public OutboxMetrics(Pool pool, Vertx vertx, MeterRegistry registry, OutboxConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = config.metricsInterval();
        Gauge.builder(MetricNames.OUTBOX_BACKLOG, backlog, AtomicLong::get)
                .description("events waiting in the outbox for Kafka").register(registry);
        // in seconds as Prometheus wants, to the millisecond: the relay's lag is normally well under a second
        Gauge.builder(MetricNames.OUTBOX_LAG, lagMillis, millis -> millis.get() / 1000.0)
                .description("age of the oldest event waiting in the outbox").register(registry);
    }

    void start(@Observes StartupEvent event) {
        refresh();
        timer = vertx.setPeriodic(interval.toMillis(), ignored -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void refresh() {
        // a failed read (database down) keeps the last values: the health check reports the outage
        pool.query(BACKLOG).execute().subscribe().with(rows -> update(rows.iterator().next()), failure -> { });
    }

    private void update(Row row) {
        backlog.set(row.getLong("backlog"));
        OffsetDateTime oldest = row.getOffsetDateTime("oldest");
        lagMillis.set(oldest == null ? 0
                : Math.max(0, Duration.between(oldest, row.getOffsetDateTime("now")).toMillis()));
    }
}
