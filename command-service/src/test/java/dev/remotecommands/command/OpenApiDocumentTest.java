package dev.remotecommands.command;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.openapi.OpenApiAudit;
import dev.remotecommands.problem.openapi.ProblemFactories;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The BFF team codes against /q/openapi: every endpoint, body, header and problem answer of command-service is in
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
    void aCommandNamesItsHeaders() {
        JsonNode submit = document.path("paths").path("/v1/vehicles/{vin}/commands").path("post");
        List<String> headers = new ArrayList<>();
        submit.path("parameters").forEach(parameter -> {
            if ("header".equals(parameter.path("in").asText())) {
                headers.add(parameter.path("name").asText() + (parameter.path("required").asBoolean()
                        ? " required" : ""));
            }
        });
        assertThat(headers).containsExactlyInAnyOrder("Idempotency-Key required", "X-Remote-Session");
        assertThat(names(submit.path("responses").path("202").path("headers")))
                .containsExactlyInAnyOrder("Location", "Idempotent-Replayed");
        assertThat(names(submit.path("responses").path("429").path("headers"))).containsExactly("Retry-After");
        assertThat(names(submit.path("responses").path("503").path("headers"))).containsExactly("Retry-After");
        assertThat(names(submit.path("responses").path("403").path("content").path("application/problem+json")
                .path("examples"))).contains("safety-code-required", "forbidden");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
