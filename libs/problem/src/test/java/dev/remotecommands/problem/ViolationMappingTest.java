package dev.remotecommands.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A request that breaks a constraint is answered with one problem naming what to fix, in the request's order. */
@QuarkusTest
class ViolationMappingTest {

    private static final String INVALID_FIELD = ProblemException.TYPE_BASE + "invalid-field";

    @Test
    void a_body_field_that_breaks_its_constraint_is_a_422_naming_the_field() {
        order("abc", null, "{\"dish\": \" \"}").statusCode(422).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(INVALID_FIELD))
                .body("title", equalTo("Invalid field"))
                .body("status", equalTo(422))
                .body("field", equalTo("dish"))
                .body("detail", equalTo("'dish' is required: the dish."));
    }

    @Test
    void a_missing_body_names_the_parameter() {
        given().contentType(ContentType.JSON).post("/orders/abc").then().statusCode(422)
                .body("type", equalTo(INVALID_FIELD))
                .body("field", equalTo("order"))
                .body("detail", equalTo("'order' is missing: send the order."));
    }

    @Test
    void a_header_parameter_that_breaks_its_constraint_names_the_parameter() {
        order("abc", "twelve", "{\"dish\": \"soup\"}").statusCode(422)
                .body("type", equalTo(INVALID_FIELD))
                .body("field", equalTo("table"))
                .body("detail", equalTo("'table' must be a table number."));
    }

    @Test
    void a_path_parameter_is_answered_with_the_problem_its_constraint_names() {
        order("ABCD", null, "{\"dish\": \"soup\"}").statusCode(404).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "shop-not-found"))
                .body("detail", equalTo("No shop 'ABCD'."))
                .body("shop", equalTo("ABCD"));
    }

    @Test
    void the_first_wrong_thing_in_the_request_is_told_first() {
        // the path comes before the header and the body
        order("ABCD", "twelve", "{}").statusCode(404);
        // the header before the body
        order("abc", "twelve", "{}").statusCode(422).body("field", equalTo("table"));
        // the body's fields in their order, whichever constraints they break
        order("abc", null, "{\"dish\": \"" + "x".repeat(30) + "\", \"note\": \"far too long\"}").statusCode(422)
                .body("field", equalTo("dish"));
        order("abc", null, "{\"note\": \"far too long\", \"dish\": \"\"}").statusCode(422)
                .body("field", equalTo("dish"))
                .body("detail", equalTo("'dish' is required: the dish."));
    }

    @Test
    void a_request_within_its_constraints_is_untouched() {
        order("abc", "12", "{\"dish\": \"soup\", \"note\": \"hot\"}").statusCode(200).body("dish", equalTo("soup"));
    }

    @Test
    void a_violation_of_what_the_service_answers_is_a_500_that_leaks_nothing() {
        given().get("/orders/broken").then().statusCode(500).contentType(ProblemJson.MEDIA_TYPE)
                .body("type", equalTo(ProblemException.TYPE_BASE + "internal-error"));
    }

    private static ValidatableResponse order(String shop, String table, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (table != null) {
            request.header("X-Table", table);
        }
        return request.post("/orders/{shop}", shop).then();
    }
}
