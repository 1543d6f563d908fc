package dev.remotecommands.problem.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.problem.CommonProblems;
import org.junit.jupiter.api.Test;

import java.util.Set;

/** The audit behind the services' OpenAPI tests names each kind of gap, and finds none in a complete document. */
class OpenApiAuditTest {

    private static final String COMPLETE = """
            {"paths": {"/v1/things/{id}": {"get": {
               "summary": "A thing",
               "parameters": [{"name": "X-Trace", "in": "header", "description": "for support"}],
               "responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"content": {"application/problem+json": {"examples": {
                   "resource-not-found": {"$ref": "#/components/examples/resource-not-found"}}}}},
                 "503": {"headers": {"Retry-After": {}}, "content": {"application/problem+json": {"examples": {
                   "temporarily-unavailable": {"value": {
                     "type": "https://remote-commands.dev/problems/temporarily-unavailable",
                     "retryAfterSeconds": 5}}}}}}}}}},
             "components": {
               "schemas": {"Thing": {"type": "object", "examples": [{"id": 1}]}},
               "examples": {"resource-not-found": {"value": {
                 "type": "https://remote-commands.dev/problems/resource-not-found"}}}}}
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCompleteDocumentHasNoGaps() throws Exception {
        assertThat(OpenApiAudit.gaps(json.readTree(COMPLETE), Set.of("resource-not-found", "temporarily-unavailable")))
                .isEmpty();
    }

    @Test
    void eachGapIsNamed() throws Exception {
        String incomplete = COMPLETE
                .replace("\"summary\": \"A thing\",", "")
                .replace("\"description\": \"for support\"", "\"description\": \"\"")
                .replace("\"examples\": [{\"id\": 1}]", "\"x-problems\": \"forgotten\"")
                .replace("\"headers\": {\"Retry-After\": {}}, ", "");
        JsonNode document = json.readTree(incomplete);

        assertThat(OpenApiAudit.gaps(document, Set.of("resource-not-found", "unauthenticated"))).containsExactly(
                "GET /v1/things/{id} has no summary",
                "GET /v1/things/{id}: header X-Trace has no description",
                "GET /v1/things/{id} 200 response (application/json) has no example",
                "GET /v1/things/{id} 503 answers with retryAfterSeconds but documents no Retry-After header",
                "/components/schemas/Thing still holds x-problems: is mp.openapi.filter set?",
                "problem type 'unauthenticated' is in no operation's examples",
                "problem type 'temporarily-unavailable' is documented but no factory of the catalogue builds it");
    }

    @Test
    void anOperationWithoutClientErrorsIsAGap() throws Exception {
        JsonNode document = json.readTree("""
                {"paths": {"/v1/ping": {"get": {"summary": "Ping", "responses": {"204": {}}}}}}
                """);
        assertThat(OpenApiAudit.gaps(document, Set.of())).containsExactly("GET /v1/ping documents no 4xx answer");
    }

    @Test
    void theFactoriesOfACatalogueAreFoundByReflection() {
        assertThat(ProblemFactories.slugsOf(CommonProblems.class)).contains("malformed-vin", "payload-too-large",
                "temporarily-unavailable", "internal-error");
    }
}
