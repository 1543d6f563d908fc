package dev.remotecommands.bridge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.bridge.service.DeadlineService;
import dev.remotecommands.bridge.service.WakeUpMonth;
import dev.remotecommands.bridge.testing.BridgeTestBase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@QuarkusTest
class HousekeepingTest extends BridgeTestBase {

    @Inject
    DeadlineService deadlines;

    @Test
    void theBridgeReportsItselfReadyOnceItsConnectionsAreUp() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void finishedCommandsPastTheirRetentionAndOldWakeUpCountsAreForgotten() throws Throwable {
        String vin = newVin();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID old = finishedCommand(vin, now.minusDays(8));
        UUID recent = finishedCommand(vin, now.minusDays(1));
        String thisMonth = WakeUpMonth.of(Instant.now());
        String lastMonth = WakeUpMonth.previous(Instant.now());
        String longAgo = WakeUpMonth.of(now.minusMonths(3).toInstant());
        for (String month : new String[] {thisMonth, lastMonth, longAgo}) {
            sql("insert into wake_up_count (vin, month, wake_ups) values ($1, $2, 1)", vin, month);
        }

        VertxContextSupport.subscribeAndAwait(deadlines::purge);

        assertThat(sql("select 1 from in_flight_command where command_id = $1", old)).isZero();
        assertThat(sql("select 1 from in_flight_command where command_id = $1", recent)).isOne();
        assertThat(sql("select 1 from wake_up_count where vin = $1 and month = $2", vin, longAgo)).isZero();
        assertThat(sql("select 1 from wake_up_count where vin = $1 and month in ($2, $3)", vin, thisMonth, lastMonth))
                .isEqualTo(2);
    }

    private UUID finishedCommand(String vin, OffsetDateTime updatedAt) {
        UUID id = UUID.randomUUID();
        sql("""
                insert into in_flight_command (command_id, vin, account_id, type, expires_at, message, stage, outcome,
                    received_at, updated_at)
                values ($1, $2, 'account', 'LOCK', $3, '{}', 'FINISHED', 'SUCCEEDED', $3, $3)""",
                id, vin, updatedAt);
        return id;
    }
}
