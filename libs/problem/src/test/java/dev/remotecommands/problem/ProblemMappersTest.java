package dev.remotecommands.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every way a request can go wrong is answered with a problem that says what to do, never with a bare status. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void a_service_problem_keeps_its_type_and_extensions_and_sets_retry_after() {
        given().get("/sample/throttled").then()
                .statusCode(429)
                .contentType(ProblemJson.MEDIA_TYPE)
                .header("Retry-After", "60")
                .body("type", equalTo("https://remote-commands.dev/problems/too-many-greetings"))
                .body("status", equalTo(429))
                .body("detail", equalTo("Wait a minute before greeting again."))
                .body("retryAfterSeconds", equalTo(60));
    }

    @Test
    void malformed_json_is_a_400_and_a_wrong_json_type_a_422_naming_the_field() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/sample").then()
                .statusCode(400).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "malformed-json"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Ada\", \"times\": \"often\"}").post("/sample")
                .then().statusCode(422).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-field"))
                .body("field", equalTo("times"));
    }

    @Test
    void framework_refusals_are_problems() {
        given().get("/nowhere").then().statusCode(404).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "resource-not-found"))
                .body("detail", containsString("/nowhere"));
        given().delete("/sample").then().statusCode(405).contentType(ProblemJson.MEDIA_TYPE);
        given().contentType(ContentType.TEXT).body("hello").post("/sample").then()
                .statusCode(415).contentType(ProblemJson.MEDIA_TYPE);
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_that_names_the_limit() {
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(2000) + "\"}").post("/sample")
                .then().statusCode(413).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "payload-too-large"))
                .body("maxBodyBytes", equalTo(1024));
    }

    @Test
    void a_bug_is_a_500_problem_that_leaks_nothing() {
        given().get("/sample/bug").then().statusCode(500).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "internal-error"))
                .body(not(containsString("secret")));
    }

    @Test
    void a_component_out_of_reach_is_a_503_with_retry_after() {
        given().get("/sample/database-down").then().statusCode(503).contentType(ProblemJson.MEDIA_TYPE)
                .header("Retry-After", "5")
                .body("type", equalTo(ProblemException.TYPE_BASE + "temporarily-unavailable"));
    }

    @Test
    void a_good_request_is_untouched() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Ada\", \"times\": 2}").post("/sample").then()
                .statusCode(200).body("name", equalTo("Ada"));
    }
}
