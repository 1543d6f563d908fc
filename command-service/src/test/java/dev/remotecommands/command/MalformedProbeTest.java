package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.command.testing.RemoteSessions;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** TEMPORARY probe: which malformed bodies get which answer. */
@QuarkusTest
class MalformedProbeTest {

    @Test
    void probe() throws Exception {
        Account driver = RealmDrivers.driver();
        String vin = newVin();
        enroll(driver, vin);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("dup", "{\"type\":\"LOCK\",\"type\":\"UNLOCK\"}".getBytes());
        bodies.put("int", "{\"type\":123}".getBytes());
        bodies.put("float", "{\"type\":1.5e308}".getBytes());
        bodies.put("bool", "{\"type\":true}".getBytes());
        bodies.put("array", "{\"type\":[\"LOCK\"]}".getBytes());
        bodies.put("trailing", "{\"type\":\"LOCK\"} garbage".getBytes());
        bodies.put("trailing2", "{\"type\":\"LOCK\"}{}".getBytes());
        bodies.put("deep[", ("{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + ",\"type\":\"LOCK\"}").getBytes());
        bodies.put("deep{", ("{\"x\":".repeat(1500) + "1" + "}".repeat(1500)).getBytes());
        bodies.put("bignum", ("{\"type\":" + "9".repeat(5000) + "}").getBytes());
        bodies.put("bignum-unknown", ("{\"x\":" + "9".repeat(5000) + ",\"type\":\"LOCK\"}").getBytes());
        bodies.put("string", ("{\"type\":\"" + "x".repeat(10000) + "\"}").getBytes());
        bodies.put("text", "\"LOCK\"".getBytes());
        bodies.put("null", "null".getBytes());
        bodies.put("nul-char", "{\"type\":\"\\u0000\"}".getBytes());
        bodies.put("surrogate", "{\"type\":\"\\ud800\"}".getBytes());
        bodies.put("bom", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        bodies.put("utf16", "{\"type\":\"LOCK\"}".getBytes(StandardCharsets.UTF_16BE));
        bodies.put("utf32", "{\"type\":\"LOCK\"}".getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        bodies.put("utf32-bad", new byte[] {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        bodies.put("nulls", new byte[] {0, 0, 0, 0, 0, 0, 0, 0});
        bodies.put("bad-utf8", bytes("{\"type\":\"", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, "\"}"));
        bodies.put("bad-utf8-name", bytes("{\"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\":1}"));
        bodies.put("bad-utf8-lone", bytes("{\"type\":\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String contentType : new String[] {"application/json", "application/json; charset=UTF-16", "application/json; charset=bogus", "application/json; charset=ISO-8859-1"}) {
            for (var entry : bodies.entrySet()) {
                for (boolean chunked : new boolean[] {false, true}) {
                    var publisher = chunked
                            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(entry.getValue()))
                            : HttpRequest.BodyPublishers.ofByteArray(entry.getValue());
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/vehicles/" + vin + "/commands"))
                            .header("Authorization", "Bearer " + driver.accessToken())
                            .header("Content-Type", contentType)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .header(RemoteSessionToken.HEADER, RemoteSessions.of(driver, Fixture.DEVICE))
                            .POST(publisher).build();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    String body = response.body();
                    System.out.println("[probe] " + contentType + " " + entry.getKey() + (chunked ? " chunked" : "") + " -> " + response.statusCode() + " "
                            + response.headers().firstValue("Content-Type").orElse("-") + " " + (body.length() > 250 ? body.substring(0, 250) : body));
                }
            }
        }
        // chunked oversize
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/vehicles/" + vin + "/commands"))
                .header("Authorization", "Bearer " + driver.accessToken())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(("{\"type\":\"" + "x".repeat(10_000_000) + "\"}").getBytes()))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println("[probe] chunked 10MB -> " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-") + " " + response.body());
        } catch (Exception e) {
            System.out.println("[probe] chunked 10MB -> " + e);
        }
        for (String ct : new String[] {null, "text/plain"}) {
            var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/vehicles/" + vin + "/commands"))
                    .header("Authorization", "Bearer " + driver.accessToken())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"LOCK\"}"));
            if (ct != null) b.header("Content-Type", ct);
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("[probe] ct=" + ct + " -> " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-") + " " + response.body());
        }
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes());
        out.writeBytes(middle);
        out.writeBytes(after.getBytes());
        return out.toByteArray();
    }
}
