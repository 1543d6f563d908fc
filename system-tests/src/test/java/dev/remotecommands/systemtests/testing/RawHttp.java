package dev.remotecommands.systemtests.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP as a careless or hostile client sends it: any method, header and raw body bytes (bad UTF-8 included), and
 * the answer kept whole so a test can judge it. HTTP/1.1 only, so that no h2c upgrade changes what the server sees.
 */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** What the server answered. */
    public record Answer(int status, String contentType, String body) {

        /** True when this is an RFC 9457 problem with the four members every answer of ours carries. */
        public boolean isProblem() {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return false;
            }
            try {
                JsonNode problem = JSON.readTree(body);
                return problem.path("type").isTextual() && problem.path("title").isTextual()
                        && problem.path("status").asInt() == status && problem.path("detail").isTextual()
                        && !problem.path("detail").asText().isBlank();
            } catch (IOException e) {
                return false;
            }
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public static Answer send(String method, String url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response;
            try {
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closed) {
                // a pooled connection the server had closed after its previous answer (e.g. a 414 ends the
                // connection): once more on a fresh one; a server that fails again is reported
                response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + abbreviate(url) + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * A GET with the driver's access token, for tests that poll while services come and go: the JSON of a 200, or
     * empty for any other answer or none at all.
     */
    public static Optional<JsonNode> getJson(String url, String accessToken) {
        try {
            Answer answer = send("GET", url, Map.of("Authorization", "Bearer " + accessToken), (byte[]) null);
            return answer.status() == 200 ? Optional.of(answer.json()) : Optional.empty();
        } catch (IllegalStateException noAnswer) {
            return Optional.empty();
        }
    }

    public static Answer send(String method, String url, Map<String, String> headers, String body) {
        return send(method, url, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
    }
}
