package dev.remotecommands.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated corpus of bad JSON bodies for one endpoint, built from its valid body: a key twice, each field of the
 * wrong JSON type, something after the value, 2000-deep nesting, a number of 10^6 digits and a 10 MB string, invalid
 * UTF-8, no {@code Content-Type} and {@code text/plain}. Each case says which answers are right (never a 5xx) and which
 * field the problem must name. The services' own tests and the system tests' sweep send the same cases. Needs
 * Jackson on the caller's test classpath (every service and the system tests have it).
 */
public final class MalformedBodies {

    /** Malformed: not JSON, or not one JSON value. */
    public static final int MALFORMED = 400;
    public static final int TOO_LARGE = 413;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    /** Well-formed JSON, but a field's value is not of its type. */
    public static final int INVALID_FIELD = 422;

    private static final String JSON = "application/json";
    private static final ObjectMapper PROBLEMS = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int DEEP = 2000;

    /**
     * One bad request body.
     *
     * @param name        what is wrong, for the test's report
     * @param contentType the Content-Type header to send; {@code null}: none
     * @param statuses    the answers that are right
     * @param field       the field the problem must name ({@code field} member), or {@code null}
     */
    public record Case(String name, byte[] body, String contentType, Set<Integer> statuses, String field) {

        /** What is wrong with an answer to this case, or {@code null} when it is right. */
        public String complaint(int status, String contentType, String body) {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return name + ": answered " + status + " " + contentType + " " + abbreviate(body);
            }
            JsonNode problem;
            try {
                problem = PROBLEMS.readTree(body);
            } catch (IOException e) {
                return name + ": answered " + status + " with a problem that is no JSON: " + abbreviate(body);
            }
            String problemField = problem.path("field").textValue();
            if (!statuses.contains(status)) {
                return name + ": answered " + status + ", expected one of " + statuses + " (" + abbreviate(body) + ")";
            }
            if (field != null && status != TOO_LARGE && !field.equals(problemField)) {
                return name + ": the " + status + " problem names field " + problemField + ", expected " + field
                        + " (" + abbreviate(body) + ")";
            }
            return null;
        }

        /** The request of this case: the body and its Content-Type (none when the case has none) and these headers. */
        public HttpRequest request(String method, URI uri, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return request.build();
        }

        /** Sends the case with the JDK client (HTTP/1.1, so that the body goes as it is) and judges the answer. */
        public String sendAndJudge(String method, URI uri, Map<String, String> headers) {
            try {
                HttpResponse<String> answer = CLIENT.send(request(method, uri, headers),
                        HttpResponse.BodyHandlers.ofString());
                return complaint(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                        answer.body());
            } catch (IOException e) {
                return name + ": no answer (" + e + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static String abbreviate(String text) {
            return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private MalformedBodies() {
    }

    /**
     * The cases for an endpoint whose valid body has these fields.
     *
     * @param validFields each field's name and a valid value as a JSON fragment ({@code "\"LOCK\""}, {@code true},
     *                    {@code {}}), in the order the body has them; at least one
     */
    public static List<Case> of(Map<String, String> validFields) {
        if (validFields.isEmpty()) {
            throw new IllegalArgumentException("a body without fields has nothing to get wrong");
        }
        String first = validFields.keySet().iterator().next();
        String valid = body(validFields, null, null);
        List<Case> cases = new ArrayList<>();
        validFields.forEach((field, value) -> {
            cases.add(json("duplicate key '" + field + "'",
                    valid.substring(0, valid.length() - 1) + "," + quote(field) + ":" + value + "}", MALFORMED, field));
            for (String wrong : wrongTypes(value)) {
                cases.add(json("'" + field + "' as " + wrong, body(validFields, field, wrong), INVALID_FIELD, field));
            }
        });
        cases.add(json("the body as an array", "[" + valid + "]", MALFORMED, null));
        cases.add(json("the body as a string", quote("x"), MALFORMED, null));
        for (String garbage : List.of(" x", "{}", "]", ",", " " + valid)) {
            cases.add(json("trailing '" + garbage.strip() + "'", valid + garbage, MALFORMED, null));
        }
        // a service with a small body limit (4 KB) may refuse the size of these before their depth
        cases.add(json(DEEP + "-deep arrays in '" + first + "'",
                body(validFields, first, "[".repeat(DEEP) + "]".repeat(DEEP)),
                Set.of(MALFORMED, INVALID_FIELD, TOO_LARGE), null));
        cases.add(json(DEEP + "-deep objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP),
                Set.of(MALFORMED, TOO_LARGE), null));
        cases.add(json("a 10^6-digit number in '" + first + "'", body(validFields, first, "9".repeat(1_000_000)),
                Set.of(MALFORMED, TOO_LARGE, INVALID_FIELD), null));
        // the parser refuses the number as it reads the token, before any field is being bound: no field named
        cases.add(json("a 5000-digit number in '" + first + "'", body(validFields, first, "9".repeat(5_000)),
                Set.of(MALFORMED, TOO_LARGE), null));
        cases.add(json("a 10 MB string in '" + first + "'", body(validFields, first, quote("x".repeat(10_000_000))),
                Set.of(TOO_LARGE, INVALID_FIELD), null));
        // bytes inside a string: a text field decodes them (400); another type may refuse the string first (422)
        Set<Integer> undecodable = kind(validFields.get(first).strip()).equals("string") ? Set.of(MALFORMED)
                : Set.of(MALFORMED, INVALID_FIELD);
        cases.add(new Case("invalid UTF-8 in '" + first + "'", withBytes(validFields, first, 0xC3, 0x28, 0xFF, 0xFE),
                JSON, undecodable, first));
        cases.add(new Case("an encoded surrogate in '" + first + "'",
                withBytes(validFields, first, 0xED, 0xA0, 0x80), JSON, undecodable, first));
        cases.add(new Case("an overlong '/' in '" + first + "'", withBytes(validFields, first, 0xC0, 0xAF), JSON,
                undecodable, first));
        cases.add(new Case("zero bytes first (taken for UTF-32)", concat(new byte[] {0, 0, 0, '{'},
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, bytes("}")), JSON,
                Set.of(MALFORMED), null));
        cases.add(new Case("no Content-Type", bytes(valid), null, Set.of(UNSUPPORTED_MEDIA_TYPE), null));
        cases.add(new Case("text/plain", bytes(valid), "text/plain", Set.of(UNSUPPORTED_MEDIA_TYPE), null));
        return cases;
    }

    /** JSON fragments of another type than the valid one (a null is a missing value, not a wrong type). */
    static List<String> wrongTypes(String validFragment) {
        String kind = kind(validFragment.strip());
        List<String> wrong = new ArrayList<>();
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("string", quote("x"));
        candidates.put("number", "12345");
        candidates.put("fraction", "1.5");
        candidates.put("boolean", "true");
        candidates.put("array", "[" + validFragment + "]");
        candidates.put("object", "{\"nested\":" + validFragment + "}");
        candidates.forEach((candidateKind, fragment) -> {
            boolean sameKind = candidateKind.equals(kind) || (kind.equals("number") && candidateKind.equals("fraction"));
            if (!sameKind) {
                wrong.add(fragment);
            }
        });
        return wrong;
    }

    private static String kind(String fragment) {
        char first = fragment.charAt(0);
        if (first == '"') {
            return "string";
        }
        if (first == '[') {
            return "array";
        }
        if (first == '{') {
            return "object";
        }
        if (fragment.equals("true") || fragment.equals("false")) {
            return "boolean";
        }
        return "number";
    }

    private static Case json(String name, String body, int status, String field) {
        return json(name, body, Set.of(status), field);
    }

    private static Case json(String name, String body, Set<Integer> statuses, String field) {
        return new Case(name, bytes(body), JSON, statuses, field);
    }

    /** The valid body with one field's value replaced by a fragment. */
    private static String body(Map<String, String> fields, String replaced, String fragment) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':').append(name.equals(replaced) ? fragment : value);
        });
        return json.append('}').toString();
    }

    /**
     * The valid body with one field's value a JSON string made of these raw bytes (a start byte without its
     * continuation, bytes that never occur in UTF-8, an encoded surrogate, an overlong form).
     */
    private static byte[] withBytes(Map<String, String> fields, String field, int... raw) {
        String marker = "\u0001MARKER\u0001";
        String[] halves = body(fields, field, quote(marker)).split(marker, 2);
        byte[] middle = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            middle[i] = (byte) raw[i];
        }
        return concat(bytes(halves[0]), middle, bytes(halves[1]));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
