package dev.remotecommands.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A body means one thing only: JSON that is not one well-formed value is a 400 {@code malformed-json}, a field of the
 * wrong type a 422 {@code invalid-field}; both name the field where they can, none is a 5xx.
 */
@QuarkusTest
class StrictJsonReadingTest {

    private static final String VALID = "{\"guest\":\"Ada\",\"nights\":2,\"breakfast\":true,\"room\":\"DOUBLE\","
            + "\"requests\":[\"quiet\"],\"preferences\":{\"pillow\":\"soft\"},\"address\":{\"street\":\"Main\","
            + "\"number\":1}}";

    @TestHTTPResource("/bookings")
    URI bookings;

    @Test
    void a_valid_body_is_read_and_unknown_fields_are_ignored() {
        book(VALID.replace("{\"guest\"", "{\"later\":1,\"guest\"")).statusCode(200).body("nights", equalTo(2))
                .body("address.street", equalTo("Main"));
    }

    @Test
    void a_key_sent_twice_is_malformed_and_named() {
        malformed(book("{\"guest\":\"Ada\",\"guest\":\"Bob\"}"), "guest").body("detail", containsString("guest"));
        // inside a map too, which would otherwise keep the last value
        malformed(book("{\"preferences\":{\"pillow\":\"soft\",\"pillow\":\"hard\"}}"), "preferences.pillow");
    }

    @Test
    void anything_after_the_value_is_malformed() {
        for (String garbage : new String[] { " x", "{}", "]", ",", " " + VALID }) {
            malformed(book(VALID + garbage), null);
        }
    }

    @Test
    void a_value_of_another_json_type_is_a_422_naming_the_field() {
        invalid(book("{\"guest\":123}"), "guest").body("detail", startsWith("'guest' must be a JSON string"));
        invalid(book("{\"guest\":true}"), "guest");
        invalid(book("{\"guest\":[\"Ada\"]}"), "guest");
        invalid(book("{\"nights\":\"2\"}"), "nights").body("detail", equalTo("'nights' must be a whole number."));
        invalid(book("{\"nights\":1.5}"), "nights");
        invalid(book("{\"nights\":null}"), "nights");
        invalid(book("{\"breakfast\":\"yes\"}"), "breakfast").body("detail", containsString("true or false"));
        invalid(book("{\"breakfast\":1}"), "breakfast");
        invalid(book("{\"room\":\"SUITE\"}"), "room").body("detail", containsString("one of SINGLE, DOUBLE"));
        invalid(book("{\"room\":0}"), "room");
        invalid(book("{\"requests\":\"quiet\"}"), "requests").body("detail", containsString("a JSON array"));
        invalid(book("{\"requests\":[\"quiet\",7]}"), "requests[1]");
        invalid(book("{\"preferences\":[]}"), "preferences").body("detail", containsString("a JSON object"));
        invalid(book("{\"address\":{\"street\":\"Main\",\"number\":\"one\"}}"), "address.number");
    }

    @Test
    void a_number_out_of_range_names_the_field() {
        invalid(book("{\"nights\":99999999999}"), "nights");
    }

    @Test
    void a_body_that_is_not_an_object_is_malformed() {
        for (String body : new String[] { "[]", "\"Ada\"", "12", "true" }) {
            malformed(book(body), null).body("detail", containsString("must be a JSON object"));
        }
    }

    @Test
    void documents_past_the_parser_limits_are_malformed() {
        // an unknown field is skipped, but its nesting counts
        malformed(book("{\"later\":" + "[".repeat(200) + "]".repeat(200) + "}"), null)
                .body("detail", containsString("nesting depth"));
        malformed(book("{\"preferences\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}"), "preferences");
        malformed(book("{\"nights\":" + "9".repeat(100) + "}"), null).body("detail", containsString("Number"));
        malformed(book("{\"" + "k".repeat(300) + "\":1}"), null);
    }

    @Test
    void bytes_that_are_not_utf8_are_malformed_and_named() {
        for (byte[] bad : new byte[][] { { (byte) 0xC3, 0x28 }, { (byte) 0xFF, (byte) 0xFE },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } }) {
            malformed(book(concat("{\"guest\":\"", bad, "\"}")), "guest");
        }
        // what the parser lets through (an overlong '/') is refused by the UTF-8 check of the body
        malformed(book(concat("{\"guest\":\"", new byte[] { (byte) 0xC0, (byte) 0xAF }, VALID.substring(13))),
                "guest")
                .body("detail", containsString("UTF-8"));
        // in a field that is skipped too
        malformed(book(concat("{\"later\":\"", new byte[] { (byte) 0xFF }, "\"," + VALID.substring(1))), "later");
        // zero bytes first make the parser take the body for UTF-32, which these bytes are not either
        malformed(book(new byte[] { 0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, '}' }), null);
    }

    @Test
    void a_body_without_content_type_or_of_another_type_is_a_415() throws Exception {
        // RestAssured always sends a Content-Type with a body: the JDK client sends none
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(bookings)
                .POST(HttpRequest.BodyPublishers.ofString(VALID)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(untyped.statusCode()).isEqualTo(415);
        assertThat(untyped.headers().firstValue("Content-Type")).contains(ProblemJson.MEDIA_TYPE);
        assertThat(untyped.body()).contains("no Content-Type");
        for (String type : new String[] { "text/plain", "application/octet-stream", "*/*", "application/*" }) {
            given().contentType(type).body(VALID.getBytes(StandardCharsets.UTF_8)).post("/bookings").then().statusCode(415)
                    .contentType(ProblemJson.MEDIA_TYPE)
                    .body("type", equalTo(ProblemException.TYPE_BASE + "unsupported-media-type"));
        }
    }

    @Test
    void a_body_too_large_for_the_limit_is_a_413_problem() {
        given().contentType(ContentType.JSON).body("{\"nights\":" + "9".repeat(1_000_000) + "}").post("/bookings")
                .then().statusCode(413).contentType(ProblemJson.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body("{\"guest\":\"" + "x".repeat(10_000_000) + "\"}")
                .post("/bookings").then().statusCode(413).contentType(ProblemJson.MEDIA_TYPE);
    }

    private static ValidatableResponse malformed(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "malformed-json"))
                .body("field", field == null ? nullValue() : equalTo(field));
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(422).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-field"))
                .body("field", equalTo(field));
    }

    private static ValidatableResponse book(String body) {
        return book(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse book(byte[] body) {
        return given().contentType(ContentType.JSON).body(body).post("/bookings").then().log().ifValidationFails();
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
