package dev.remotecommands.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.openapi.OpenApiAudit;
import dev.remotecommands.problem.openapi.ProblemFactories;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The BFF team codes against /q/openapi: every endpoint, body, header and problem answer of enrollment-service is in
 * it, with examples. A new endpoint without its problems, or a new problem factory without an example, fails here.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationAndProblemTypeIsDocumented() {
        assertThat(OpenApiAudit.gaps(document, ProblemFactories.slugsOf(Problems.class, CommonProblems.class)))
                .isEmpty();
    }

    @Test
    void aSafetyCodeLockSaysWhenToRetry() {
        JsonNode open = document.path("paths").path("/v1/remote-sessions").path("post").path("responses");
        assertThat(names(open.path("423").path("headers"))).containsExactly("Retry-After");
        assertThat(names(open.path("422").path("content").path("application/problem+json").path("examples")))
                .contains("wrong-safety-code", "malformed-safety-code", "invalid-field");
    }

    @Test
    void eachAnswerHasItsRealStatusAndHeaders() {
        JsonNode paths = document.path("paths");
        assertThat(names(paths.path("/v1/vehicles").path("post").path("responses").path("201").path("headers")))
                .containsExactly("Location");
        assertThat(names(paths.path("/v1/vehicles/{vin}/pairing-sessions").path("post").path("responses")
                .path("201").path("headers"))).containsExactly("Location");
        assertThat(names(paths.path("/v1/devices").path("post").path("responses"))).contains("202")
                .doesNotContain("200");
        assertThat(names(paths.path("/v1/remote-sessions").path("post").path("responses"))).contains("201")
                .doesNotContain("200");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
