package dev.remotecommands.problem.openapi;

import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ProblemJson;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Documents the problem answers of a service in its OpenAPI document, from its {@link ProblemCatalogue}: each
 * operation names the problems it answers with, by example name, in an extension on the resource method,
 * {@code @Extension(name = "x-problems", value = "malformed-vin,vehicle-not-found")}; this filter turns them into
 * one {@code application/problem+json} response per status with one example per problem, and adds the answers
 * every operation can give (401 and 403 when it needs a token; 406, 500, 503; for a request body 400 malformed
 * JSON, 413 and 415). A response with a {@code retryAfterSeconds} problem gets the Retry-After header. The
 * examples themselves are the catalogue's real problems, in {@code components.examples}, so the document cannot
 * drift from the answers; an unknown name fails the build.
 * <p>
 * A service subclasses it with a no-argument constructor and names the subclass in {@code mp.openapi.filter}.
 */
public abstract class ProblemResponsesFilter implements OASFilter {

    public static final String EXTENSION = "x-problems";
    public static final String SCHEMA = "Problem";
    static final String RETRY_AFTER = "Retry-After";
    private static final String RETRY_AFTER_MEMBER = "retryAfterSeconds";

    private static final List<String> SECURED = List.of("unauthenticated", "forbidden");
    private static final List<String> EVERY_OPERATION = List.of("not-acceptable", "internal-error",
            "temporarily-unavailable");
    private static final List<String> WITH_BODY = List.of("malformed-json", "length-required", "payload-too-large",
            "unsupported-media-type");
    /** Answers that belong to no operation (an unknown path or method), shown as reusable responses. */
    private static final Map<String, String> ANY_PATH = Map.of(
            "UnknownPath", "resource-not-found",
            "MethodNotAllowed", "method-not-allowed",
            "BadRequest", "bad-request");

    private final ProblemCatalogue catalogue;

    protected ProblemResponsesFilter(ProblemCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(SCHEMA, problemSchema());
        catalogue.examples().forEach((name, problem) -> components.addExample(name, example(problem)));
        new TreeMap<>(ANY_PATH).forEach((responseName, example) -> components.addResponse(responseName,
                problemResponse(List.of(example))));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().values().forEach(this::document);
            }
        }
    }

    private void document(Operation operation) {
        Set<String> names = new LinkedHashSet<>(listed(operation));
        operation.removeExtension(EXTENSION);
        if (operation.getResponses() != null) {
            // the annotation scanner copies a method's extensions onto the responses it declares too
            operation.getResponses().removeExtension(EXTENSION);
            if (operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> response.removeExtension(EXTENSION));
            }
        }
        if (operation.getRequestBody() != null) {
            names.addAll(WITH_BODY);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            names.addAll(SECURED);
        }
        names.addAll(EVERY_OPERATION);
        Map<Integer, List<String>> byStatus = new TreeMap<>();
        for (String name : names) {
            byStatus.computeIfAbsent(catalogue.example(name).status(), status -> new ArrayList<>()).add(name);
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        byStatus.forEach((status, examples) -> {
            APIResponse documented = problemResponse(examples);
            APIResponse existing = responses.getAPIResponse(String.valueOf(status));
            if (existing != null && existing.getContent() != null) {
                existing.getContent().addMediaType(ProblemJson.MEDIA_TYPE,
                        documented.getContent().getMediaType(ProblemJson.MEDIA_TYPE));
                if (documented.getHeaders() != null) {
                    documented.getHeaders().forEach(existing::addHeader);
                }
            } else {
                responses.addAPIResponse(String.valueOf(status), documented);
            }
        });
    }

    private List<String> listed(Operation operation) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .toList();
    }

    private APIResponse problemResponse(List<String> names) {
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA));
        Set<String> titles = new LinkedHashSet<>();
        boolean retryAfter = false;
        for (String name : names) {
            ProblemException problem = catalogue.example(name);
            mediaType.addExample(name, OASFactory.createExample().ref(name));
            titles.add(problem.title());
            retryAfter |= problem.extensions().containsKey(RETRY_AFTER_MEMBER);
        }
        APIResponse response = OASFactory.createAPIResponse().description(String.join("; ", titles))
                .content(OASFactory.createContent().addMediaType(ProblemJson.MEDIA_TYPE, mediaType));
        if (retryAfter) {
            response.addHeader(RETRY_AFTER, retryAfterHeader());
        }
        return response;
    }

    private static Header retryAfterHeader() {
        return OASFactory.createHeader()
                .description("Seconds to wait before trying again; the same number as the body's retryAfterSeconds.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE))
                .example(30);
    }

    private static Example example(ProblemException problem) {
        return OASFactory.createExample().summary(problem.title()).value(jsonValue(problem.body()));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem (application/problem+json). Members beyond these five name facts"
                        + " of the problem, such as attemptsLeft, retryAfterSeconds or field; 'type' identifies the"
                        + " problem, 'detail' tells the user what to do.")
                .addProperty("type", text("URI naming the problem type: " + ProblemException.TYPE_BASE
                        + "<slug>").format("uri"))
                .addProperty("title", text("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status code"))
                .addProperty("detail", text("What was wrong with this request and what to do"))
                .addProperty("instance", text("URI of this occurrence, when there is one").format("uri-reference"))
                .required(List.of("type", "title", "status", "detail"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    /** The body as the JSON values the document writer knows (maps, lists, text, numbers, booleans). */
    private static Object jsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((key, member) -> json.put(key.toString(), jsonValue(member)));
            return json;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ProblemResponsesFilter::jsonValue).toList();
        }
        if (value.getClass().isArray()) {
            List<Object> json = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                json.add(jsonValue(Array.get(value, i)));
            }
            return json;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
