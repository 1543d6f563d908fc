package dev.remotecommands.outbox.relay;

import dev.remotecommands.outbox.OutboxConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

/**
 * One relay pass: in one transaction, read the oldest unpublished rows, send them to Kafka (each key's rows
 * in id order, see {@link OrderedSends}), wait for the broker's acknowledgements and delete exactly the
 * acknowledged rows. Rows whose send failed or timed out, and the later rows of their key, stay for a
 * later pass.
 */
@ApplicationScoped
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class);

    /**
     * Key of the transaction-scoped advisory lock that lets one relay at a time publish. With several
     * instances, {@code skip locked} alone would let a second instance send a key's later event before the
     * first instance sent its earlier one; the lock keeps per-key order and still lets any instance take over.
     */
    static final long RELAY_LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock($1) as locked";
    private static final String SELECT_BATCH = "select " + OutboxRow.COLUMNS
            + " from outbox order by id limit $1 for update skip locked";
    private static final String DELETE = "delete from outbox where id = any($1)";

    /** How long a pass keeps waiting, after it let its transaction go, for sends that have not settled yet. */
    private static final Duration LATE_OUTCOME_LIMIT = Duration.ofMinutes(2);

    private final Pool pool;
    private final KafkaPublisher publisher;
    private final Duration sendTimeout;

    public OutboxDrain(Pool pool, KafkaPublisher publisher, OutboxConfig config) {
        this.pool = pool;
        this.publisher = publisher;
        this.sendTimeout = config.sendTimeout();
    }

    /**
     * Publishes up to {@code limit} rows in one transaction. Never fails: a database error is reported as a
     * failed pass. Sends that had not settled when the transaction ended are in {@link DrainResult#unsettled()}.
     */
    Uni<DrainResult> drain(int limit) {
        return pool.withTransaction(connection -> publishBatch(connection, limit))
                .onFailure().recoverWithItem(DrainResult::databaseFailure);
    }

    private Uni<DrainResult> publishBatch(SqlConnection connection, int limit) {
        Executor connectionContext = currentContextExecutor();
        return connection.preparedQuery(TRY_LOCK).execute(Tuple.of(RELAY_LOCK_KEY))
                .flatMap(lock -> lock.iterator().next().getBoolean("locked")
                        ? connection.preparedQuery(SELECT_BATCH).execute(Tuple.of(limit))
                                .flatMap(rows -> sendAndDelete(connection, rows, connectionContext))
                        : Uni.createFrom().item(DrainResult.OTHER_RELAY_ACTIVE));
    }

    private Uni<DrainResult> sendAndDelete(SqlConnection connection, RowSet<Row> rows, Executor connectionContext) {
        if (rows.size() == 0) {
            return Uni.createFrom().item(DrainResult.EMPTY);
        }
        List<OutboxRow> batch = new ArrayList<>(rows.size());
        rows.forEach(row -> batch.add(OutboxRow.from(row)));
        OrderedSends sends = OrderedSends.start(batch, publisher::publish);
        return Uni.createFrom().completionStage(sends.done())
                .ifNoItem().after(sendTimeout).recoverWithItem((Void) null)
                // acks arrive on Kafka threads; talk to the connection from its own context again
                .emitOn(connectionContext)
                .flatMap(ignored -> {
                    DrainResult result = outcome(batch.size(), sends.close());
                    return delete(connection, result.acknowledgedRowIds()).replaceWith(result);
                });
    }

    private DrainResult outcome(int selected, List<Publication> started) {
        List<Long> acknowledged = new ArrayList<>();
        List<Publication> unsettled = new ArrayList<>();
        Throwable firstFailure = null;
        for (Publication publication : started) {
            // settled first: an outcome may still arrive while we look
            boolean settled = publication.settled();
            if (!settled) {
                unsettled.add(publication);
            } else if (publication.acknowledged()) {
                acknowledged.add(publication.rowId());
            } else if (firstFailure == null) {
                firstFailure = publication.failure();
            }
        }
        if (firstFailure == null && !unsettled.isEmpty()) {
            firstFailure = new TimeoutException("Kafka did not acknowledge within " + sendTimeout.toMillis() + " ms");
        }
        // rows after a failed one of the same key were not sent: they count as failed too
        return new DrainResult(selected, acknowledged, selected - acknowledged.size(), firstFailure, false,
                List.copyOf(unsettled));
    }

    /**
     * A send that had not settled when its pass ended may still reach Kafka (the producer keeps trying until
     * its delivery timeout). Waiting for it before the next pass, and deleting its row if it did get
     * through, keeps a Kafka outage from publishing that event twice.
     *
     * @return how many of these sends Kafka acknowledged in the end (their rows are deleted)
     */
    Uni<Integer> settleLateSends(List<Publication> unsettled) {
        if (unsettled.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return awaitSettled(unsettled, LATE_OUTCOME_LIMIT)
                .flatMap(ignored -> {
                    List<Long> lateAcknowledged = unsettled.stream()
                            .filter(Publication::acknowledged).map(Publication::rowId).toList();
                    return delete(pool, lateAcknowledged).replaceWith(lateAcknowledged.size());
                })
                .onFailure().recoverWithItem(failure -> {
                    // the rows stay and are published again: a duplicate, never a loss
                    LOG.debugf("Could not delete late-acknowledged outbox rows: %s", failure.getMessage());
                    return 0;
                });
    }

    private static Uni<Void> awaitSettled(List<Publication> publications, Duration limit) {
        CompletableFuture<?>[] outcomes = publications.stream().map(Publication::outcome)
                .toArray(CompletableFuture[]::new);
        // allOf fails as soon as all settled and one failed; either way we only want "all settled"
        CompletableFuture<Void> allSettled = CompletableFuture.allOf(outcomes).handle((ok, failure) -> null);
        return Uni.createFrom().completionStage(allSettled)
                .ifNoItem().after(limit).recoverWithItem((Void) null)
                .replaceWithVoid();
    }

    private static Uni<Void> delete(SqlClient client, List<Long> rowIds) {
        if (rowIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery(DELETE).execute(Tuple.of((Object) rowIds.toArray(Long[]::new))).replaceWithVoid();
    }

    private static Executor currentContextExecutor() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
