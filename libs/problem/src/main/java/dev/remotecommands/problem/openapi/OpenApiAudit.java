package dev.remotecommands.problem.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ProblemJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a service's OpenAPI document leaves undocumented, for the services' OpenAPI tests: an operation without a
 * summary or without a 4xx answer, an error answer without a problem example, a body without an example, a header
 * parameter without a description, a Retry-After problem without the header, an {@code x-problems} list no filter
 * read, and problem types documented but not in the catalogue or in the catalogue but documented nowhere. Each gap
 * is one sentence naming where it is.
 */
public final class OpenApiAudit {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final List<String> gaps = new ArrayList<>();
    private final Set<String> documentedSlugs = new TreeSet<>();

    private OpenApiAudit(JsonNode document) {
        this.document = document;
    }

    /**
     * @param document the JSON document ({@code /q/openapi?format=json})
     * @param slugs    every problem slug the service can answer with (see {@link ProblemFactories#slugsOf})
     */
    public static List<String> gaps(JsonNode document, Set<String> slugs) {
        OpenApiAudit audit = new OpenApiAudit(document);
        audit.operations();
        audit.unreadProblemLists("", document);
        document.path("components").path("responses").fields()
                .forEachRemaining(response -> audit.problemResponse("components.responses." + response.getKey(),
                        response.getValue()));
        for (String slug : slugs) {
            if (!audit.documentedSlugs.contains(slug)) {
                audit.gaps.add("problem type '" + slug + "' is in no operation's examples");
            }
        }
        for (String slug : audit.documentedSlugs) {
            if (!slugs.contains(slug)) {
                audit.gaps.add("problem type '" + slug + "' is documented but no factory of the catalogue builds it");
            }
        }
        return audit.gaps;
    }

    private void operations() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operation(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    /** An {@code x-problems} left in the document was not turned into responses: the filter is not registered. */
    private void unreadProblemLists(String where, JsonNode node) {
        if (node.has(ProblemResponsesFilter.EXTENSION)) {
            gaps.add(where + " still holds " + ProblemResponsesFilter.EXTENSION + ": is mp.openapi.filter set?");
        }
        node.fields().forEachRemaining(member -> unreadProblemLists(where + "/" + member.getKey(), member.getValue()));
    }

    private void operation(String where, JsonNode operation) {
        if (operation.path("summary").asText("").isBlank()) {
            gaps.add(where + " has no summary");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("header".equals(resolved.path("in").asText()) && resolved.path("description").asText("").isBlank()) {
                gaps.add(where + ": header " + resolved.path("name").asText() + " has no description");
            }
        }
        if (!operation.path("requestBody").isMissingNode()) {
            bodyExamples(where + " request body", resolve(operation.path("requestBody")).path("content"));
        }
        boolean clientErrors = false;
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            String status = response.getKey();
            JsonNode answer = resolve(response.getValue());
            if (status.startsWith("4") || status.startsWith("5")) {
                clientErrors |= status.startsWith("4");
                problemResponse(where + " " + status, answer);
            } else if (status.startsWith("2")) {
                bodyExamples(where + " " + status + " response", answer.path("content"));
            }
        }
        if (!clientErrors) {
            gaps.add(where + " documents no 4xx answer");
        }
    }

    private void problemResponse(String where, JsonNode response) {
        JsonNode examples = response.path("content").path(ProblemJson.MEDIA_TYPE).path("examples");
        if (examples.isEmpty()) {
            gaps.add(where + " has no " + ProblemJson.MEDIA_TYPE + " example");
            return;
        }
        boolean retryAfter = false;
        for (JsonNode example : examples) {
            JsonNode value = resolve(example).path("value");
            String type = value.path("type").asText("");
            if (!type.startsWith(ProblemException.TYPE_BASE)) {
                gaps.add(where + " has an example that is no problem of this API: " + value);
                continue;
            }
            documentedSlugs.add(type.substring(ProblemException.TYPE_BASE.length()));
            retryAfter |= value.has("retryAfterSeconds");
        }
        if (retryAfter && !response.path("headers").has(ProblemResponsesFilter.RETRY_AFTER)) {
            gaps.add(where + " answers with retryAfterSeconds but documents no Retry-After header");
        }
    }

    /** Each media type of a body shows an example, its own or its schema's. */
    private void bodyExamples(String where, JsonNode content) {
        content.fields().forEachRemaining(media -> {
            JsonNode mediaType = media.getValue();
            if (!hasExample(mediaType) && !schemaHasExample(mediaType.path("schema"))) {
                gaps.add(where + " (" + media.getKey() + ") has no example");
            }
        });
    }

    private boolean schemaHasExample(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (hasExample(resolved)) {
            return true;
        }
        return resolved.has("items") && schemaHasExample(resolved.path("items"));
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || !node.path("examples").isEmpty();
    }

    /** A {@code $ref} to this document's components, resolved; any other node as it is. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }
}
