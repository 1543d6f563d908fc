package dev.remotecommands.systemtests.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the journey tests read besides {@link Bff}: a car's command history, a command's server-sent events, the
 * enrollment calls of a driver, and the claims of a remote-session token. All with the driver's own access token.
 */
public final class DriverApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;
    private final String accessToken;

    public DriverApi(Platform platform, String accessToken) {
        this.platform = platform;
        this.accessToken = accessToken;
    }

    /** {@code GET /v1/vehicles/{vin}/commands?limit=…}: the account's commands for the car, newest first. */
    public List<Map<String, Object>> history(String vin, int limit) {
        return given().baseUri(platform.commandServiceUrl()).auth().oauth2(accessToken).queryParam("limit", limit)
                .get("/v1/vehicles/{vin}/commands", vin).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * Opens {@code GET /v1/commands/{id}/events} now; the future completes with the events once the server closes
     * the stream (it must, after the terminal event), or fails after {@code timeout}.
     */
    public CompletableFuture<List<JsonNode>> events(String commandId, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(platform.commandServiceUrl() + "/v1/commands/" + commandId + "/events"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "text/event-stream")
                .timeout(timeout).GET().build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("events of " + commandId + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return dataOf(response.body());
        });
    }

    /** The JSON of each {@code data:} event of a server-sent event stream, in order. */
    private static List<JsonNode> dataOf(String stream) {
        List<JsonNode> events = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        for (String line : (stream + "\n\n").split("\r?\n", -1)) {
            if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            } else if (line.isEmpty() && !data.isEmpty()) {
                events.add(read(data.toString()));
                data.setLength(0);
            }
        }
        return events;
    }

    public RequestSpecification enrollment() {
        return given().baseUri(platform.enrollmentServiceUrl()).auth().oauth2(accessToken)
                .contentType(ContentType.JSON);
    }

    /** The {@code reason} of a 403 {@code safety-code-required} answer, checking it is one. */
    public static String safetyCodeRequiredReason(Response response) {
        response.then().statusCode(403).contentType("application/problem+json");
        JsonPath problem = response.jsonPath();
        if (!problem.getString("type").endsWith("/safety-code-required")) {
            throw new AssertionError("not a safety-code-required problem: " + response.asString());
        }
        return problem.getString("reason");
    }

    /** A time claim ({@code iat}, {@code exp}) of a JWS, read without verifying it. */
    public static Instant claimTime(String jws, String claim) {
        String payload = jws.split("\\.")[1];
        JsonNode claims = read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return Instant.ofEpochSecond(claims.path(claim).asLong());
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
