package dev.remotecommands.command;

import static dev.remotecommands.command.Fixture.enroll;
import static dev.remotecommands.command.Fixture.exactlyRecordsFor;
import static dev.remotecommands.command.Fixture.newVin;
import static dev.remotecommands.command.Fixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

@QuarkusTest
class IdempotencyTest {

    private final Account driver = Drivers.driver();

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

        var records = exactlyRecordsFor(Topics.COMMAND_REQUESTED, vin, 1, Duration.ofSeconds(2));
        assertThat(records.get(0).value()).contains(id);
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

    @Test
    void keysBelongToOneAccount() {
        String vin = newVin();
        enroll(driver, vin);
        Account otherDriver = Drivers.otherDriver();
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
