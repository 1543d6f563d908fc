package dev.remotecommands.outbox.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

import java.util.Map;

/** The {@code outbox} check of {@code /q/health/ready}, as operations see it. */
public final class OutboxReadiness {

    private OutboxReadiness() {
    }

    /** The check: {@code name}, {@code status} and {@code data}. */
    public static Map<String, Object> check() {
        JsonPath health = given().when().get("/q/health/ready").then().extract().jsonPath();
        return health.getMap("checks.find { it.name == 'outbox' }");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> data() {
        return (Map<String, Object>) check().get("data");
    }
}
