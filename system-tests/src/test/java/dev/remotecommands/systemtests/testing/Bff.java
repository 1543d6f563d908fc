package dev.remotecommands.systemtests.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.session.RemoteSessionToken;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.UUID;

/** The calls the mobile backend-for-frontend makes to command-service, with a driver's access token. */
public final class Bff {

    private final String commandServiceUrl;
    private final String accessToken;
    private final String remoteSession;

    /** The BFF for a driver signed in with this access token, with the remote session opened by the safety code. */
    public Bff(String commandServiceUrl, String accessToken, String remoteSession) {
        this.commandServiceUrl = commandServiceUrl;
        this.accessToken = accessToken;
        this.remoteSession = remoteSession;
    }

    /** The same driver without a remote session (or with another one). */
    public Bff withRemoteSession(String otherRemoteSession) {
        return new Bff(commandServiceUrl, accessToken, otherRemoteSession);
    }

    /** POST a command; returns the whole response so the caller can check the status code. */
    public Response send(String vin, String type) {
        var request = given().baseUri(commandServiceUrl).auth().oauth2(accessToken);
        if (remoteSession != null) {
            request.header(RemoteSessionToken.HEADER, remoteSession);
        }
        return request.header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"type\":\"" + type + "\"}")
                .post("/v1/vehicles/{vin}/commands", vin);
    }

    /** POST a command that must be accepted; returns its id. */
    public String accepted(String vin, String type) {
        Response response = send(vin, type);
        response.then().statusCode(202);
        return response.jsonPath().getString("id");
    }

    public JsonPath command(String id) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/commands/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** Waits (30 s at most) until the command is terminal and returns it as the driver then sees it. */
    public JsonPath awaitTerminal(String id) {
        return await("command " + id + " terminal").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> command(id), command -> TerminalWatch.isTerminal(command.getString("status")));
    }

    /** True while command-service lets this driver see the car (its grant comes and goes through Kafka). */
    public boolean maySee(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).statusCode() == 200;
    }

    public JsonPath vehicleState(String vin) {
        return given().baseUri(commandServiceUrl).auth().oauth2(accessToken)
                .get("/v1/vehicles/{vin}/state", vin).then().statusCode(200).extract().jsonPath();
    }
}
