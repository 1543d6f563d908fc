package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** Whatever a client sends, it gets a 4xx problem that says what is wrong, never a 500. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEMS = "https://remote-commands.dev/problems/";

    private final Account driver = RealmDrivers.driver();
    private String vin;

    @BeforeEach
    void enrolledCar() {
        vin = newVin();
        enroll(driver, vin);
    }

    @Test
    void malformedJson() {
        post(driver, vin, "{\"type\": LOCK", UUID.randomUUID().toString()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON body"))
                .body("detail", containsString("/q/openapi"));
        post(driver, vin, "[1, 2]", UUID.randomUUID().toString()).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-json"));
        // well-formed JSON, but the type is not a string
        post(driver, vin, "{\"type\": {\"nested\": true}}", UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "invalid-field"))
                .body("field", equalTo("type"));
    }

    @Test
    void unknownOrMissingCommandType() {
        post(driver, vin, "{\"type\": \"OPEN_TRUNK\"}", UUID.randomUUID().toString()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unknown-command-type"))
                .body("detail", containsString("LOCK, UNLOCK, LIGHTS, HORN, REFRESH_STATE"));
        post(driver, vin, "{}", UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "command-type-required"));
        post(driver, vin, "", UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "command-type-required"));
        post(driver, vin, "{\"type\": \" \"}", UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "command-type-required"));
        // blanks around a known type are forgiven
        post(driver, vin, "{\"type\": \" LOCK \"}", UUID.randomUUID().toString()).then().statusCode(202)
                .body("type", equalTo("LOCK"));
    }

    @Test
    void malformedVin() {
        for (String bad : new String[] { "VF7IOQ00000000001", "SHORT", "vf7demcar00000001" }) {
            post(driver, bad, "{\"type\":\"LOCK\"}", UUID.randomUUID().toString()).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "malformed-vin"))
                    .body("detail", containsString("17 characters"));
        }
        given().auth().oauth2(driver.accessToken()).when().get("/v1/vehicles/{vin}/state", "NOT-A-VIN")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-vin"));
    }

    @Test
    void oversizedBody() {
        String padding = "x".repeat(20 * 1024);
        post(driver, vin, "{\"type\":\"LOCK\",\"padding\":\"" + padding + "\"}", UUID.randomUUID().toString())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
    }

    @Test
    void missingIdempotencyKey() {
        post(driver, vin, "{\"type\":\"LOCK\"}", null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "idempotency-key-required"));
        post(driver, vin, "{\"type\":\"LOCK\"}", " ").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "idempotency-key-required"));
    }

    @Test
    void anIdempotencyKeyThatIsNoCanonicalUuid() {
        for (String bad : new String[] { "abc", "1-2-3-4-5", "123e4567e89b12d3a456426614174000" }) {
            post(driver, vin, "{\"type\":\"LOCK\"}", bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "idempotency-key-malformed"))
                    .body("detail", containsString("'" + bad + "' is not a UUID"));
        }
    }

    @Test
    void theFirstWrongThingInTheRequestIsTold() {
        post(driver, "SHORT", "{}", null).then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-vin"))
                .body("vin", equalTo("SHORT"));
        post(driver, vin, "{}", "abc").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "idempotency-key-malformed"));
    }

    @Test
    void wrongContentType() {
        given().auth().oauth2(driver.accessToken()).contentType(ContentType.TEXT).body("LOCK")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void unknownPathAndWrongMethod() {
        given().auth().oauth2(driver.accessToken()).when().get("/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "resource-not-found"));
        given().auth().oauth2(driver.accessToken()).when().delete("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void aCommandIdThatIsNoUuidIsNotFound() {
        given().auth().oauth2(driver.accessToken()).when().get("/v1/commands/{id}", "12345")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "command-not-found"));
    }

    @Test
    void listLimitMustBeSensible() {
        given().auth().oauth2(driver.accessToken()).queryParam("limit", 0).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-limit"))
                .body("detail", containsString("1 to 100"));
        for (String bad : new String[] { "lots", "101", "2.5", "1e2", "-3" }) {
            given().auth().oauth2(driver.accessToken()).queryParam("limit", bad).when()
                    .get("/v1/vehicles/{vin}/commands", vin).then().statusCode(400)
                    .body("type", equalTo(PROBLEMS + "invalid-limit"));
        }
        for (String good : new String[] { "1", "100" }) {
            given().auth().oauth2(driver.accessToken()).queryParam("limit", good).when()
                    .get("/v1/vehicles/{vin}/commands", vin).then().statusCode(200);
        }
    }
}
