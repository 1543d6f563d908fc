package dev.remotecommands.otp.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The code checks, each one statement, so that parallel guesses cannot take more attempts than there are:
 * an attempt is taken by a conditional decrement, and only one check can use a challenge up.
 */
@ApplicationScoped
public class AttemptRepository {

    private static final String TAKE_ATTEMPT = """
            update otp_challenge set attempts_left = attempts_left - 1, updated_at = $2
            where request_id = $1 and attempts_left > 0 and used_at is null and expires_at > $2
              and code_mac is not null
            returning code_mac, attempts_left
            """;

    private static final String USE_UP = """
            update otp_challenge set used_at = $2, attempts_left = 0, updated_at = $2
            where request_id = $1 and used_at is null
            returning request_id
            """;

    private static final String STATE = """
            select attempts_left, used_at, expires_at, code_mac is not null as has_code
            from otp_challenge where request_id = $1
            """;

    private final Pool pool;

    public AttemptRepository(Pool pool) {
        this.pool = pool;
    }

    /** Takes one attempt of a live challenge; empty when none is left, it is used, expired, or has no code. */
    public Uni<Optional<TakenAttempt>> takeAttempt(UUID requestId, Instant now) {
        return pool.preparedQuery(TAKE_ATTEMPT).execute(Tuple.of(requestId, utc(now)))
                .map(rows -> first(rows).map(row -> new TakenAttempt(row.getBuffer("code_mac").getBytes(),
                        row.getInteger("attempts_left"))));
    }

    /** Marks the challenge used by a VALID check; false when another check used it first. */
    public Uni<Boolean> useUp(UUID requestId, Instant now) {
        return pool.preparedQuery(USE_UP).execute(Tuple.of(requestId, utc(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Optional<ChallengeState>> state(UUID requestId) {
        return pool.preparedQuery(STATE).execute(Tuple.of(requestId))
                .map(rows -> first(rows).map(row -> new ChallengeState(row.getInteger("attempts_left"),
                        row.getOffsetDateTime("used_at") != null,
                        row.getOffsetDateTime("expires_at").toInstant(), row.getBoolean("has_code"))));
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The stored MAC of a challenge whose attempt was just taken, and the attempts left after it. */
    public record TakenAttempt(byte[] codeMac, int attemptsLeft) {
    }

    /** A challenge as a check that took no attempt finds it. */
    public record ChallengeState(int attemptsLeft, boolean used, Instant expiresAt, boolean hasCode) {
    }
}
