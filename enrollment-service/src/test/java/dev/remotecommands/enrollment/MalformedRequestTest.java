package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request of the wrong form gets the problem that names what to fix, as the BFF shows it to the driver. */
@QuarkusTest
class MalformedRequestTest {

    private static final String PROBLEMS = "https://remote-commands.dev/problems/";
    private static final String VIN = "VF7ENR00000000001";

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void aMissingBodyIsNamed() {
        for (String path : new String[] { "/v1/vehicles", "/v1/devices", "/v1/remote-sessions",
                "/v1/trusted-phone", "/v1/trusted-phone/verification" }) {
            invalidField(as(driver).post(path).then(), "body")
                    .body("detail", equalTo("'body' is missing: send a JSON object (see /q/openapi)."));
        }
        invalidField(as(driver).put("/v1/safety-code").then(), "body");
    }

    @Test
    void aFieldOfTheWrongFormIsNamed() {
        invalidField(as(driver).body("{\"deviceId\": \"a/b\", \"name\": \"\"}").post("/v1/devices").then(), "deviceId")
                .body("detail", startsWith("'deviceId' must be 1 to 64 letters"));
        invalidField(as(driver).body("{\"deviceId\": \"phone-1\", \"name\": \" \"}").post("/v1/devices").then(),
                "name").body("detail", equalTo("'name' is required: a short name the driver recognises."));
        invalidField(as(driver).body("{\"deviceId\": \"phone-1\", \"name\": \"" + "n".repeat(65) + "\"}")
                .post("/v1/devices").then(), "name").body("detail", equalTo("'name' is longer than 64 characters."));
        invalidField(as(driver).body("{\"vin\": \"" + VIN + "\", \"nickname\": \"" + "n".repeat(65) + "\"}")
                .post("/v1/vehicles").then(), "nickname");
        invalidField(as(driver).body("{}").post("/v1/vehicles/{vin}/pairing-sessions", VIN).then(), "deviceId");
    }

    @Test
    void aMalformedVinIsA400WhereverItIsSent() {
        for (String body : new String[] { "{}", "{\"vin\": \"VF7IOQ00000000001\"}" }) {
            problem(as(driver).body(body).post("/v1/vehicles").then(), 400, "malformed-vin");
        }
        // a VIN that is not even a string is refused as it is read
        invalidField(as(driver).body("{\"vin\": 17}").post("/v1/vehicles").then(), "vin");
        problem(as(driver).get("/v1/vehicles/{vin}/remote-commands", "not-a-vin").then(), 400, "malformed-vin");
        problem(as(driver).body("{\"deviceId\": \"a/b\"}").post("/v1/vehicles/{vin}/pairing-sessions", "SHORT")
                .then(), 400, "malformed-vin");
    }

    @Test
    void anIdOfAPathThatCannotExistIsNotFound() {
        problem(as(driver).delete("/v1/devices/{id}", "a b").then(), 404, "device-not-found");
        problem(as(driver).body("{\"code\": \"x\"}").post("/v1/devices/{id}/verification", "a b").then(), 404,
                "device-not-found");
        problem(as(driver).get("/v1/vehicles/{vin}/pairing-sessions/{id}", VIN, "1-2-3-4-5").then(), 404,
                "pairing-session-not-found");
    }

    @Test
    void aSafetyCodeOfTheWrongFormNamesItsField() {
        problem(putSafetyCode("{\"deviceId\": \"phone-1\", \"safetyCode\": \"48a1\", \"confirmation\": \"4831\"}"),
                422, "malformed-safety-code").body("field", equalTo("safetyCode"));
        problem(putSafetyCode("{\"deviceId\": \"phone-1\", \"safetyCode\": \"4831\"}"), 422, "malformed-safety-code")
                .body("field", equalTo("confirmation"));
        problem(putSafetyCode("{\"deviceId\": \"phone-1\", \"safetyCode\": \"4831\", \"confirmation\": \"4832\"}"),
                422, "safety-code-mismatch");
        problem(putSafetyCode("{\"deviceId\": \"phone-1\", \"safetyCode\": \"1234\", \"confirmation\": \"1234\"}"),
                422, "safety-code-too-easy");
        // the device first, as the body reads
        invalidField(putSafetyCode("{\"deviceId\": \"a/b\", \"safetyCode\": \"1\"}"), "deviceId");
        problem(as(driver).body("{\"deviceId\": \"phone-1\", \"safetyCode\": \"123\"}").post("/v1/remote-sessions")
                .then(), 422, "malformed-safety-code").body("field", equalTo("safetyCode"));
    }

    private ValidatableResponse putSafetyCode(String body) {
        return as(driver).body(body).put("/v1/safety-code").then();
    }

    private static ValidatableResponse invalidField(ValidatableResponse response, String field) {
        return problem(response, 422, "invalid-field").body("title", equalTo("Invalid field"))
                .body("field", equalTo(field));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("status", equalTo(status));
    }
}
