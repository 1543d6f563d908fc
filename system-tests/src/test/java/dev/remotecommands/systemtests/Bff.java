package dev.remotecommands.systemtests;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.UUID;

/** The calls the mobile backend-for-frontend makes to command-service, with a driver's access token. */
final class Bff {

    private final String commandServiceUrl;
    private final String accessToken;
    private final String remoteSession;

    /** The BFF for a driver signed in with this access token, with the remote session opened by the safety code. */
    Bff(String commandServiceUrl, String accessToken, String remoteSession) {
        this.commandServiceUrl = commandServiceUrl;
        this.accessToken = accessToken;
        this.remoteSession = remoteSession;
    }

    /** The same driver without a remote session (or with another one). */
    Bff withRemoteSession(String otherRemoteSession) {
        return new Bff(commandServiceUrl, accessToken, otherRemoteSession);
    }

    /** POST a command; returns the whole response so the caller can check the status code. */
    Response send(String vin, String type) {
        var request = given().baseUri(commandServiceUrl).auth().oauth2(accessToken);
        if (remoteSession != null) {
            request.header(RemoteSessionToken.HEADER, remoteSession);
        }
        return request.header("Idempotency-Key", UUID.randomUUID().toString())
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

    /** True while command-service lets this driver see the car (its grant comes and goes through Kafka). */
    boolean maySee(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).statusCode() == 200;
    }

    JsonPath vehicleState(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).then().statusCode(200).extract().jsonPath();
    }
}
