package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestJson.parse;
import static dev.remotecommands.infrastructure.testing.TestKafka.records;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.command.testing.RemoteSessions;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class CommandRequestedRecordTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void anAcceptedCommandIsPublishedSignedForItsCar() {
        String vin = newVin();
        enroll(driver, vin);
        Map<String, Object> view = given().auth().oauth2(driver.accessToken()).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Remote-Session", RemoteSessions.of(driver, Fixture.DEVICE)).body("{\"type\":\"UNLOCK\"}")
                .when().post("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(202).extract().as(Map.class);
        UUID id = UUID.fromString((String) view.get("id"));

        ConsumerRecord<String, String> record = records(Topics.COMMAND_REQUESTED, vin, 1).get(0);
        assertThat(record.key()).isEqualTo(vin);
        Map<String, Object> event = parse(record.value());
        assertThat(event).containsEntry("commandId", id.toString())
                .containsEntry("vin", vin)
                .containsEntry("accountId", driver.id())
                .containsEntry("type", "UNLOCK")
                .containsEntry("expiresAt", view.get("expiresAt"))
                .containsEntry("issuedAt", view.get("createdAt"));

        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_type")).isEqualTo("dev.remotecommands.CommandRequested");
        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_source")).isEqualTo("command-service");
        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_subject")).isEqualTo(vin);
        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_id")).isNotBlank();
        assertThat(KafkaCompanion.getHeader(record.headers(), "ce_time")).isNotBlank();

        Instant issuedAt = Instant.parse((String) event.get("issuedAt"));
        Instant expiresAt = Instant.parse((String) event.get("expiresAt"));
        assertThat(Duration.between(issuedAt, expiresAt)).isEqualTo(Duration.ofSeconds(10)); // test profile ttl
        PublicKey published = CommandSignature.publicKey(given().when().get("/v1/command-verification-key")
                .then().statusCode(200).extract().path("publicKey"));
        String signature = (String) event.get("signature");
        assertThat(CommandSignature.verify(published, signature, id, vin, CommandType.UNLOCK, issuedAt, expiresAt))
                .as("signature verifies against the published key").isTrue();
        assertThat(CommandSignature.verify(published, signature, id, vin, CommandType.LOCK, issuedAt, expiresAt))
                .as("the signature covers the command type").isFalse();
    }

    @Test
    void theVerificationKeyIsPublicAndNamesItsAlgorithm() {
        given().when().get("/v1/command-verification-key")
                .then().statusCode(200)
                .body("algorithm", org.hamcrest.Matchers.equalTo("Ed25519"))
                .body("publicKey", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void theCommandExpiresAfterTheConfiguredTtl() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);
        Map<String, Object> view = Fixture.getCommand(driver, id).then().statusCode(200).extract().as(Map.class);
        assertThat(Duration.between(Instant.parse((String) view.get("createdAt")),
                Instant.parse((String) view.get("expiresAt")))).isEqualTo(Duration.ofSeconds(10));
    }
}
