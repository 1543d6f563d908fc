package dev.remotecommands.outbox.it;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

import java.util.Map;

/** The {@code outbox} check of {@code /q/health/ready}, as operations see it. */
final class OutboxReadiness {

    private OutboxReadiness() {
    }

    /** The check: {@code name}, {@code status} and {@code data}. */
    static Map<String, Object> check() {
        JsonPath health = given().when().get("/q/health/ready").then().extract().jsonPath();
        return health.getMap("checks.find { it.name == 'outbox' }");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data() {
        return (Map<String, Object>) check().get("data");
    }
}
