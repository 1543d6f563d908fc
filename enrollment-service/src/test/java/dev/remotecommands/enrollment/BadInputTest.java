package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Whatever a client sends, the answer is a 4xx problem, never a 5xx. */
@QuarkusTest
class BadInputTest {

    private static final List<String> BODIES = List.of("", "not json", "{", "[]", "null", "42", "\"text\"", "{}",
            "{\"vin\":17,\"code\":123,\"deviceId\":[1],\"safetyCode\":{},\"termsAccepted\":\"yes\","
                    + "\"preferences\":[1,2],\"country\":12,\"number\":true}",
            "{\"code\":\"12345a\",\"deviceId\":\"" + "x".repeat(300) + "\",\"safetyCode\":\"12a4\"}",
            "{\"country\":\"FR\",\"number\":\"+33 6 12 34 56 78 99 99 99\",\"deviceId\":\"a/b\"}");

    private static final List<String[]> CALLS = List.of(
            new String[] { "POST", "/v1/vehicles" },
            new String[] { "POST", "/v1/vehicles/VF7ENR00000000001/remote-commands/activation" },
            new String[] { "POST", "/v1/vehicles/not-a-vin/remote-commands/activation" },
            new String[] { "GET", "/v1/vehicles/not-a-vin/remote-commands" },
            new String[] { "DELETE", "/v1/vehicles/VF7ENR00000000001/remote-commands" },
            new String[] { "POST", "/v1/vehicles/VF7ENR00000000001/pairing-sessions" },
            new String[] { "GET", "/v1/vehicles/VF7ENR00000000001/pairing-sessions/%00" },
            new String[] { "POST", "/v1/trusted-phone" },
            new String[] { "POST", "/v1/trusted-phone/code/resend" },
            new String[] { "POST", "/v1/trusted-phone/verification" },
            new String[] { "POST", "/v1/devices" },
            new String[] { "POST", "/v1/devices/unknown/verification" },
            new String[] { "POST", "/v1/devices/a%20b/code/resend" },
            new String[] { "DELETE", "/v1/devices/unknown" },
            new String[] { "PUT", "/v1/safety-code" },
            new String[] { "POST", "/v1/safety-code/reset" },
            new String[] { "POST", "/v1/remote-sessions" },
            new String[] { "PATCH", "/v1/vehicles" },
            new String[] { "GET", "/v1/nothing-here" });

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void noInputGivesA5xx() {
        for (String[] call : CALLS) {
            for (String body : BODIES) {
                Response response = as(driver).urlEncodingEnabled(false).body(body).request(call[0], call[1]);
                assertThat(response.statusCode())
                        .as("%s %s with %s answered %s", call[0], call[1], body, response.asString())
                        .isBetween(400, 499);
                assertThat(response.contentType()).as("%s %s", call[0], call[1])
                        .startsWith("application/problem+json");
            }
        }
    }

    @Test
    void aWrongContentTypeOrAHugeBodyIsA4xxProblem() {
        Response text = as(driver).contentType("text/plain").body("hello").post("/v1/vehicles");
        assertThat(text.statusCode()).isEqualTo(415);
        Response huge = as(driver).body("{\"vin\":\"" + "A".repeat(40_000) + "\"}").post("/v1/vehicles");
        assertThat(huge.statusCode()).isEqualTo(413);
    }
}
