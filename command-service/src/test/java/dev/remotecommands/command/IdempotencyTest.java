package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.post;
import static dev.remotecommands.infrastructure.testing.TestKafka.exactlyRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

@QuarkusTest
class IdempotencyTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void theSameKeyAndBodyGiveBackTheSameCommandAndPublishItOnce() {
        String vin = newVin();
        enroll(driver, vin);
        UUID key = UUID.randomUUID();

        Response first = post(driver, vin, CommandType.LOCK, key);
        first.then().statusCode(202).header("Idempotent-Replayed", (String) null);
        String id = first.path("id");

        Response retry = post(driver, vin, CommandType.LOCK, key);
        retry.then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .header("Location", "/v1/commands/" + id)
                .body("id", equalTo(id))
                .body("type", equalTo("LOCK"));

        var records = exactlyRecords(Topics.COMMAND_REQUESTED, vin, 1, Duration.ofSeconds(2));
        assertThat(records.get(0).value()).contains(id);
    }

    @Test
    void concurrentRetriesOfOneRequestCreateOneCommand() {
        String vin = newVin();
        enroll(driver, vin);
        UUID key = UUID.randomUUID();

        List<Response> responses = concurrently(5, () -> post(driver, vin, CommandType.HORN, key));

        assertThat(responses).extracting(Response::statusCode).containsOnly(202);
        assertThat(responses).extracting(response -> response.<String>path("id")).containsOnly(
                responses.get(0).<String>path("id"));
        exactlyRecords(Topics.COMMAND_REQUESTED, vin, 1, Duration.ofSeconds(2));
    }

    @Test
    void concurrentRequestsReusingAKeyForTwoCarsGetOneCommandAndOneRefusal() {
        String vin = newVin();
        String otherVin = newVin();
        enroll(driver, vin);
        enroll(driver, otherVin);
        // one type per key, so that no request meets another key's command in flight
        List<CommandType> types = List.of(CommandType.values());
        List<UUID> keys = types.stream().map(type -> UUID.randomUUID()).toList();

        // for each key, one request per car at the same time: whichever wins, the other learns the key is taken
        List<Response> responses = concurrently(2 * keys.size(), index -> post(driver, index % 2 == 0 ? vin : otherVin,
                types.get(index / 2), keys.get(index / 2)));

        for (int i = 0; i < keys.size(); i++) {
            assertThat(List.of(responses.get(2 * i).statusCode(), responses.get(2 * i + 1).statusCode()))
                    .as("key %d", i).containsExactlyInAnyOrder(202, 422);
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String vin = newVin();
        enroll(driver, vin);
        UUID key = UUID.randomUUID();
        post(driver, vin, CommandType.LOCK, key).then().statusCode(202);

        post(driver, vin, CommandType.UNLOCK, key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/idempotency-key-reused"))
                .body("detail", containsString("new UUID"));
    }

    @Test
    void aKeyIsRequiredAndMustBeAUuid() {
        String vin = newVin();
        enroll(driver, vin);

        post(driver, vin, "{\"type\":\"LOCK\"}", null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/idempotency-key-required"))
                .body("detail", containsString("UUID"));
        post(driver, vin, "{\"type\":\"LOCK\"}", "my-key-1").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/idempotency-key-malformed"))
                .body("detail", containsString("UUID"));
    }

    private static List<Response> concurrently(int count, Supplier<Response> request) {
        return concurrently(count, index -> request.get());
    }

    private static List<Response> concurrently(int count, IntFunction<Response> request) {
        List<CompletableFuture<Response>> futures = IntStream.range(0, count)
                .mapToObj(index -> CompletableFuture.supplyAsync(() -> request.apply(index)))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void keysBelongToOneAccount() {
        String vin = newVin();
        enroll(driver, vin);
        Account otherDriver = RealmDrivers.otherDriver();
        enroll(otherDriver, vin);
        UUID key = UUID.randomUUID();

        String mine = post(driver, vin, CommandType.LIGHTS, key).then().statusCode(202).extract().path("id");
        Fixture.ack(UUID.fromString(mine), vin, dev.remotecommands.contracts.vehicle.CommandStatus.SUCCEEDED);
        Fixture.awaitStatus(driver, UUID.fromString(mine), dev.remotecommands.contracts.vehicle.CommandStatus.SUCCEEDED);

        String theirs = post(otherDriver, vin, CommandType.LIGHTS, key).then().statusCode(202)
                .header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(theirs).isNotEqualTo(mine);
    }
}
