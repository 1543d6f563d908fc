package dev.remotecommands.command.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The clients' webhooks (one per client). */
@ApplicationScoped
public class WebhookRegistry {

    /** A registered webhook as its client sees it (never the secret). */
    @Schema(example = "{\"clientId\": \"bff\", \"url\": \"https://bff.example.com/hooks/commands\","
            + " \"registeredAt\": \"2026-03-01T12:00:00Z\"}")
    public record Registration(String clientId, String url, Instant registeredAt) {
    }

    private final Pool pool;

    public WebhookRegistry(Pool pool) {
        this.pool = pool;
    }

    public Uni<Registration> register(String clientId, String url, String secret, Instant at) {
        return pool.preparedQuery("""
                insert into webhook (client_id, url, secret, registered_at) values ($1, $2, $3, $4)
                on conflict (client_id) do update set url = excluded.url, secret = excluded.secret,
                                                      registered_at = excluded.registered_at""")
                .execute(Tuple.of(clientId, url, secret, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .map(ignored -> new Registration(clientId, url, at));
    }

    public Uni<Registration> find(String clientId) {
        return pool.preparedQuery("select url, registered_at from webhook where client_id = $1")
                .execute(Tuple.of(clientId))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next() : null)
                .map(row -> row == null ? null
                        : new Registration(clientId, row.getString("url"),
                                row.getOffsetDateTime("registered_at").toInstant()));
    }

    /** Removes the webhook and its queued deliveries; false when there was none. */
    public Uni<Boolean> remove(String clientId) {
        return pool.preparedQuery("delete from webhook where client_id = $1").execute(Tuple.of(clientId))
                .map(rows -> rows.rowCount() == 1);
    }
}
