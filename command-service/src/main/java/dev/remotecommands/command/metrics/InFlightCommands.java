package dev.remotecommands.command.metrics;

import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Commands not yet terminal, counted in the database (so every instance reports the platform's figure) on a timer,
 * since a scrape cannot wait for a query. Served by the partial index of in-flight commands.
 */
@ApplicationScoped
public class InFlightCommands {

    private static final String COUNT = "select count(*) as n from command"
            + " where status in ('ACCEPTED', 'WAKING_UP_VEHICLE', 'SENT_TO_VEHICLE')";

    private final Pool pool;
    private final AtomicLong inFlight = new AtomicLong();

    public InFlightCommands(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder(MetricNames.COMMANDS_IN_FLIGHT, inFlight, AtomicLong::get)
                .description("commands not yet in a terminal status").register(registry);
    }

    @Scheduled(identity = "in-flight-commands-gauge", every = "${commands.metrics-interval:PT10S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query(COUNT).execute()
                .invoke(rows -> inFlight.set(rows.iterator().next().getLong("n")))
                .replaceWithVoid()
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
