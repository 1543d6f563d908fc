package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.post;
import static dev.remotecommands.command.testing.Fixture.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

@QuarkusTest
class ConflictAndRateLimitTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void aSecondCommandOfTheSameTypeWaitsForTheFirst() {
        String vin = newVin();
        enroll(driver, vin);
        UUID first = submit(driver, vin, CommandType.UNLOCK);

        post(driver, vin, CommandType.UNLOCK, UUID.randomUUID()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/same-action-in-progress"))
                .body("detail", containsString("already in progress"));
        // another type is a different action
        submit(driver, vin, CommandType.LIGHTS);

        ack(first, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, first, CommandStatus.SUCCEEDED);
        submit(driver, vin, CommandType.UNLOCK);
    }

    @Test
    void concurrentRequestsForTheSameActionAcceptOnlyOne() {
        String vin = newVin();
        enroll(driver, vin);

        List<CompletableFuture<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(CompletableFuture.supplyAsync(() -> post(driver, vin, CommandType.LOCK, UUID.randomUUID())));
        }
        List<Integer> statuses = requests.stream().map(CompletableFuture::join).map(Response::statusCode).toList();

        assertThat(statuses).containsOnly(202, 409);
        assertThat(statuses).filteredOn(status -> status == 202).hasSize(1);
    }

    @Test
    void theHornIsLimitedPerCarWithRetryAfter() {
        String vin = newVin();
        enroll(driver, vin);
        for (int i = 0; i < 3; i++) {
            UUID id = submit(driver, vin, CommandType.HORN);
            ack(id, vin, CommandStatus.SUCCEEDED);
            awaitStatus(driver, id, CommandStatus.SUCCEEDED);
        }

        Response limited = post(driver, vin, CommandType.HORN, UUID.randomUUID());
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/too-many-requests"))
                .body("failureCause", equalTo("TOO_MANY_REQUESTS"))
                .body("detail", containsString("At most 3 HORN commands per 60 seconds"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.<Integer>path("retryAfterSeconds")).isEqualTo((int) retryAfter);

        // the limit is per car and per type
        submit(driver, vin, CommandType.LIGHTS);
        String otherVin = newVin();
        enroll(driver, otherVin);
        submit(driver, otherVin, CommandType.HORN);
    }
}
