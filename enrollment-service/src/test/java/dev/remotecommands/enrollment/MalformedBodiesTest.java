package dev.remotecommands.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.MalformedBodies;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated corpus of bad bodies ({@link MalformedBodies}) against every endpoint of the API that takes a body:
 * every answer is the 4xx problem the case calls for, naming the field where it can, never a 5xx.
 */
@QuarkusTest
class MalformedBodiesTest {

    private static final String VIN = "VF7ENR00000000001";

    /** Each endpoint that reads a body, with the fields of a valid one (JSON fragments), in the order it has them. */
    private static final Map<String, Map<String, String>> ENDPOINTS = endpoints();

    private final Account driver = RealmDrivers.driver();

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void every_malformed_body_is_the_4xx_problem_its_case_calls_for() {
        List<String> complaints = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Map<String, String>> endpoint : ENDPOINTS.entrySet()) {
            String[] call = endpoint.getKey().split(" ", 2);
            URI uri = root.resolve(call[1].substring(1));
            for (MalformedBodies.Case bad : MalformedBodies.of(endpoint.getValue())) {
                String complaint = bad.sendAndJudge(call[0], uri,
                        Map.of("Authorization", "Bearer " + driver.accessToken()));
                sent++;
                if (complaint != null) {
                    complaints.add(endpoint.getKey() + " " + complaint);
                }
            }
        }
        assertThat(sent).isGreaterThan(ENDPOINTS.size() * 20);
        assertThat(complaints).isEmpty();
    }

    private static Map<String, Map<String, String>> endpoints() {
        Map<String, Map<String, String>> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /v1/vehicles", fields("vin", q(VIN), "nickname", q("Family car")));
        endpoints.put("POST /v1/vehicles/" + VIN + "/remote-commands/activation",
                fields("termsVersion", q("1"), "termsAccepted", "true", "preferences", "{}"));
        endpoints.put("POST /v1/vehicles/" + VIN + "/pairing-sessions", fields("deviceId", q("phone-1")));
        endpoints.put("POST /v1/trusted-phone", fields("country", q("FR"), "number", q("06 12 34 56 78")));
        endpoints.put("PUT /v1/trusted-phone", fields("deviceId", q("phone-1"), "safetyCode", q("7391"),
                "country", q("FR"), "number", q("06 12 34 56 78")));
        endpoints.put("POST /v1/trusted-phone/verification", fields("code", q("123456")));
        endpoints.put("POST /v1/devices", fields("deviceId", q("phone-1"), "name", q("Phone")));
        endpoints.put("POST /v1/devices/phone-1/verification", fields("code", q("123456789")));
        endpoints.put("PUT /v1/safety-code", fields("deviceId", q("phone-1"), "safetyCode", q("7391"),
                "confirmation", q("7391")));
        endpoints.put("POST /v1/safety-code/change", fields("deviceId", q("phone-1"), "currentSafetyCode",
                q("7391"), "safetyCode", q("8264"), "confirmation", q("8264")));
        endpoints.put("POST /v1/remote-sessions", fields("deviceId", q("phone-1"), "safetyCode", q("7391")));
        return endpoints;
    }

    private static Map<String, String> fields(String... namesAndFragments) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFragments.length; i += 2) {
            fields.put(namesAndFragments[i], namesAndFragments[i + 1]);
        }
        return fields;
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }
}
