package dev.remotecommands.local.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP as the BFF speaks it to the services: a bearer token, extra headers, a JSON body. */
public final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as the services speak it (they decline the h2c upgrade the JDK client offers by default)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** An answer: its status and its body read as JSON (a missing node when it was empty or not JSON). */
    public record Answer(String call, int status, JsonNode body, String text) {

        /** The answer, when its status is the expected one; otherwise a failure that shows what came back. */
        public Answer expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new IllegalStateException(call + " answered " + status + " (expected " + expectedStatus + "): "
                        + text);
            }
            return this;
        }

        /** The answer, when its status is a success (2xx); otherwise a failure that shows what came back. */
        public Answer expectSuccess() {
            if (status < 200 || status > 299) {
                throw new IllegalStateException(call + " answered " + status + ": " + text);
            }
            return this;
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private JsonHttp() {
    }

    public static Answer send(String method, String url, String bearerToken, Map<String, String> headers,
            Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        String call = method + " " + url;
        try {
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException dropped) {
                if (!method.equals("GET") && !headers.containsKey("Idempotency-Key")) {
                    throw dropped;
                }
                // the connection broke under the request: sending it again cannot run it twice
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Answer(call, response.statusCode(), read(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(call + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + call, e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + body, e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
