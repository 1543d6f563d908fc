package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Every mistake a caller can make gets a problem+json that says what was wrong; none gets a 500. */
@QuarkusTest
class RestErrorsTest {

    @TestHTTPResource
    URL url;

    private static final String VIN = "VF7DEMCAR00000001";
    private static final String PROBLEMS = "https://remote-commands.dev/problems/";

    @Test
    void the_fleet_is_listed() {
        given().get("/v1/cars").then()
                .statusCode(200)
                .body("$", hasSize(12))
                .body("vin", hasItems("VF7DEMCAR00000001", "VF7DEMCAR00000010"));
    }

    @Test
    void an_unknown_car_is_a_404_that_points_to_the_fleet_list() {
        problem(given().get("/v1/cars/{vin}", "WAUZZZ8V0JA000001").then(), 404, "car-not-found")
                .body("detail", containsString("WAUZZZ8V0JA000001"))
                .body("detail", containsString("GET /v1/cars"))
                .body("vin", equalTo("WAUZZZ8V0JA000001"));
        // no VIN at all is answered as by every service
        problem(given().post("/v1/cars/{vin}/sleep", "not-a-vin").then(), 400, "malformed-vin");
        problem(given().get("/v1/cars/{vin}/executions", "WAUZZZ8V0JA000001").then(), 404, "car-not-found");
    }

    @Test
    void malformed_json_is_a_400() {
        problem(put("/ignition", "{\"on\": tru"), 400, "malformed-json")
                .body("detail", containsString("could not be read as JSON"));
    }

    @Test
    void a_missing_field_is_a_422_naming_it() {
        problem(put("/ignition", "{}"), 422, "invalid-field")
                .body("field", equalTo("on"))
                .body("detail", containsString("{\"on\": true}"));
        problem(put("/privacy-mode", "{}"), 422, "invalid-field").body("field", equalTo("mode"));
        problem(post("/bluetooth-pairing", "{\"deviceId\": \"phone-1\"}"), 422, "invalid-field")
                .body("field", equalTo("challenge"));
        problem(post("/bluetooth-pairing", "{\"challenge\": \"c\", \"deviceId\": \" \"}"), 422, "invalid-field")
                .body("field", equalTo("deviceId"));
    }

    @Test
    void an_unknown_privacy_mode_is_a_422_listing_the_accepted_ones() {
        problem(put("/privacy-mode", "{\"mode\": \"INCOGNITO\"}"), 422, "invalid-field")
                .body("field", equalTo("mode"))
                .body("detail", containsString("SHARING"))
                .body("detail", containsString("PRIVATE"));
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        problem(put("/ignition", "{\"on\": \"maybe\"}"), 422, "invalid-field").body("field", equalTo("on"));
        problem(put("/ignition", "{\"on\": [true]}"), 422, "invalid-field").body("field", equalTo("on"));
        problem(put("/ignition", "[]"), 400, "malformed-json");
    }

    @Test
    void a_missing_body_is_refused() {
        problem(given().contentType(ContentType.JSON).post("/v1/cars/{vin}/bluetooth-pairing", VIN).then(), 400,
                "malformed-json").body("detail", containsString("challenge"));
        problem(given().contentType(ContentType.JSON).put("/v1/cars/{vin}/ignition", VIN).then(), 422,
                "invalid-field");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        problem(given().contentType(ContentType.TEXT).body("on").put("/v1/cars/{vin}/ignition", VIN).then(), 415,
                "unsupported-media-type");
    }

    @Test
    void an_unknown_path_or_method_is_a_problem_too() {
        problem(given().get("/v1/trucks").then(), 404, "resource-not-found");
        problem(given().delete("/v1/cars/{vin}", VIN).then(), 405, "method-not-allowed");
    }

    @Test
    void an_oversized_body_is_a_413_problem_that_gives_the_limit() {
        String huge = "{\"challenge\": \"" + "x".repeat(5_000) + "\", \"deviceId\": \"phone-1\"}";

        problem(post("/bluetooth-pairing", huge), 413, "payload-too-large")
                .body("maxBodyBytes", equalTo(4096))
                .body("detail", containsString("4096 bytes"));
    }

    @Test
    void an_overlong_field_is_a_422() {
        String challenge = "x".repeat(300);

        problem(post("/bluetooth-pairing", "{\"challenge\": \"" + challenge + "\", \"deviceId\": \"p\"}"), 422,
                "invalid-field").body("field", equalTo("challenge"));
    }

    private static ValidatableResponse put(String action, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/v1/cars/{vin}" + action, VIN).then();
    }

    private static ValidatableResponse post(String action, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/cars/{vin}" + action, VIN).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    /**
     * The JDK's HttpClient offers {@code Upgrade: h2c} on a connection's first request; the answer stays HTTP/1.1
     * (HttpServerProtocols, shared by every service), for the POST with a body too.
     */
    @Test
    void aJdkClientsCleartextHttp2UpgradeIsDeclinedAndTheAnswerIsHttp11() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url + "v1/cars/" + VIN + "/wake-up"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(url + "v1/cars")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }

    /** A body in chunks has no size known beforehand: it is refused before it is read (it once passed the limit). */
    @Test
    void aChunkedBodyIsA411ProblemWhateverItsSize() throws Exception {
        byte[] body = ("{\"on\": true, \"x\": \"" + "a".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(url + "v1/cars/" + VIN + "/ignition"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(411);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("/problems/length-required").contains("Content-Length");
    }
}
