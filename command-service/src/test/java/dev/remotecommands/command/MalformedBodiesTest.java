package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.command.testing.RemoteSessions;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.infrastructure.testing.MalformedBodies;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The generated corpus of bad bodies ({@link MalformedBodies}) against the command endpoint, with a valid token,
 * Idempotency-Key and remote session: every answer is the 4xx problem the case calls for, naming the field where
 * it can, never a 5xx.
 */
@QuarkusTest
class MalformedBodiesTest {

    @TestHTTPResource("/v1/vehicles")
    URI vehicles;

    @Test
    void every_malformed_command_body_is_the_4xx_problem_its_case_calls_for() {
        Account driver = RealmDrivers.driver();
        String vin = newVin();
        enroll(driver, vin);
        URI commands = URI.create(vehicles + "/" + vin + "/commands");
        List<MalformedBodies.Case> cases = MalformedBodies.of(Map.of("type", "\"REFRESH_STATE\""));
        List<String> complaints = new ArrayList<>();
        for (MalformedBodies.Case bad : cases) {
            Map<String, String> headers = Map.of("Authorization", "Bearer " + driver.accessToken(),
                    "Idempotency-Key", UUID.randomUUID().toString(),
                    RemoteSessionToken.HEADER, RemoteSessions.of(driver, Fixture.DEVICE));
            String complaint = bad.sendAndJudge("POST", commands, headers);
            if (complaint != null) {
                complaints.add(complaint);
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);
        assertThat(complaints).isEmpty();
    }
}
