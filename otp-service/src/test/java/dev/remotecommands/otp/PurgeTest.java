package dev.remotecommands.otp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.otp.service.ChallengePurge;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@QuarkusTest
class PurgeTest {

    private static final String INSERT = """
            insert into otp_challenge (request_id, account_id, phone, purpose, code_length, status, attempts_left,
                requested_at, expires_at, created_at, updated_at)
            values ($1, 'purge-test', '+33600000000', 'TRUSTED_PHONE', 6, 'THROTTLED', 0, $2, $2, $2, $2)
            """;

    @Inject
    Pool pool;

    @Inject
    ChallengePurge purge;

    @Test
    void challengesLongExpiredAreDeletedAndRecentOnesKept() {
        UUID old = insertExpiredAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(2));
        UUID recent = insertExpiredAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30));

        purge.purge().await().atMost(Duration.ofSeconds(10));

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private UUID insertExpiredAt(OffsetDateTime expiredAt) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery(INSERT).execute(Tuple.of(id, expiredAt)).await().atMost(Duration.ofSeconds(10));
        return id;
    }

    private boolean exists(UUID id) {
        return pool.preparedQuery("select 1 from otp_challenge where request_id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).rowCount() == 1;
    }
}
