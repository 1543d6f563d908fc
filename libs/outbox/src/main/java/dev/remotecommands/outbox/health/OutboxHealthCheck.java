package dev.remotecommands.outbox.health;

import dev.remotecommands.outbox.relay.OutboxRelay;
import dev.remotecommands.outbox.relay.RelayStatus;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Readiness data about the outbox: how many events wait for Kafka and for how long. It stays UP while
 * Kafka is unreachable (the service still accepts work; the events are kept), and says so in its data.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements AsyncHealthCheck {

    private static final String BACKLOG = "select count(*) as backlog, min(created_at) as oldest, now() as now from outbox";

    private final Pool pool;
    private final OutboxRelay relay;

    public OutboxHealthCheck(Pool pool, OutboxRelay relay) {
        this.pool = pool;
        this.relay = relay;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query(BACKLOG).execute()
                .map(rows -> describe(rows.iterator().next()))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("outbox").down()
                        .withData("error", String.valueOf(failure.getMessage())).build());
    }

    private HealthCheckResponse describe(Row row) {
        RelayStatus status = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up()
                .withData("backlog", row.getLong("backlog"))
                .withData("publishing", status.publishing())
                .withData("listening", relay.listening());
        OffsetDateTime oldest = row.getOffsetDateTime("oldest");
        if (oldest != null) {
            Duration age = Duration.between(oldest, row.getOffsetDateTime("now"));
            response.withData("oldestEventAgeSeconds", Math.max(0, age.toSeconds()));
        }
        if (status.lastFailure() != null) {
            response.withData("lastFailure", status.lastFailure());
        }
        return response.build();
    }
}
