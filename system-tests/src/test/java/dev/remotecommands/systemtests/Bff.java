package dev.remotecommands.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.UUID;

/** The calls the mobile backend-for-frontend makes to command-service, with a driver's access token. */
final class Bff {

    private final String commandServiceUrl;
    private final String accessToken;

    Bff(String commandServiceUrl, String accessToken) {
        this.commandServiceUrl = commandServiceUrl;
        this.accessToken = accessToken;
    }

    /** POST a command; returns the whole response so the caller can check the status code. */
    Response send(String vin, String type) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"type\":\"" + type + "\"}")
                .post("/v1/vehicles/{vin}/commands", vin);
    }

    /** POST a command that must be accepted; returns its id. */
    String accepted(String vin, String type) {
        Response response = send(vin, type);
        response.then().statusCode(202);
        return response.jsonPath().getString("id");
    }

    JsonPath command(String id) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/commands/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** True once command-service knows this driver may use the car (its grant arrives through Kafka). */
    boolean maySee(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).statusCode() == 200;
    }

    JsonPath vehicleState(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).then().statusCode(200).extract().jsonPath();
    }
}
