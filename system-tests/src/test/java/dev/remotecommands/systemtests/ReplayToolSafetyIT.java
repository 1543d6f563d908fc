package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.ConsumerGroups;
import dev.remotecommands.systemtests.testing.LoadTestTool;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.RawHttp;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The replay-attack case with the performance engineers' own tool: every event topic, as far as the system tests
 * have written them, recorded by {@code ./load-test record} and written back as it was by {@code ./load-test replay}
 * (its default, {@code --verbatim}). Every service reads it all again, and no car executes anything, no command
 * changes, no SMS goes out again, and the services stay ready.
 */
class ReplayToolSafetyIT {

    private static final String VIN = "VF7DEMCAR00000002";

    @Test
    void a_verbatim_replay_of_every_event_topic_runs_nothing_on_any_car_and_changes_no_command() throws Exception {
        Platform platform = Platform.get();
        Bff demo = platform.certified(Driver.DEMO, VIN);
        demo.awaitTerminal(demo.accepted(VIN, "LIGHTS"));
        String kafka = platform.infrastructure().kafka().bootstrapServers();
        ConsumerGroups.awaitAllAtTheEnd(kafka, Duration.ofSeconds(60));
        Map<String, Integer> executions = executionsPerCar(platform);
        Map<String, String> commands = commandStatuses(platform);
        int smsBefore = smsTo(platform, Driver.DEMO.phoneE164());

        Path recording = Files.createTempDirectory("replay-safety").resolve("system-tests.ndjson.gz");
        LoadTestTool.Run record = LoadTestTool.run(platform, "record", "--kafka", kafka, "--out", recording.toString());
        assertThat(record.exitCode()).as(record.output()).isZero();
        LoadTestTool.Run replay = LoadTestTool.run(platform, "replay", recording.toString(), "--kafka", kafka);
        assertThat(replay.exitCode()).as(replay.output()).isZero();
        ConsumerGroups.awaitAllAtTheEnd(kafka, Duration.ofMinutes(3));

        assertThat(executionsPerCar(platform)).as("commands each car executed").isEqualTo(executions);
        assertThat(commandStatuses(platform)).as("the demo car's commands and their statuses").isEqualTo(commands);
        assertThat(smsTo(platform, Driver.DEMO.phoneE164())).as("SMS to the demo driver's phone").isEqualTo(smsBefore);
        for (String service : LocalPlatform.SERVICES.stream().map(each -> each.module()).toList()) {
            assertThat(RawHttp.send("GET", platform.url(service) + "/q/health/ready", Map.of(), (byte[]) null)
                    .status()).as(service + " ready after the replay").isEqualTo(200);
        }
        // the car still does what a driver asks
        assertThat(demo.awaitTerminal(demo.accepted(VIN, "LIGHTS")).getString("status")).isEqualTo("SUCCEEDED");
    }

    private static Map<String, Integer> executionsPerCar(Platform platform) {
        Map<String, Integer> executions = new TreeMap<>();
        JsonNode cars = RawHttp.send("GET", platform.simulatorUrl() + "/v1/cars", Map.of("Accept", "application/json"),
                (byte[]) null).json();
        cars.forEach(car -> executions.put(car.path("vin").asText(), car.path("executedCommands").path("count").asInt()));
        assertThat(executions).isNotEmpty();
        return executions;
    }

    private static Map<String, String> commandStatuses(Platform platform) {
        String token = platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password());
        JsonNode latest = RawHttp.getJson(platform.commandServiceUrl() + "/v1/vehicles/" + VIN + "/commands?limit=100",
                token).orElseThrow();
        Map<String, String> statuses = new TreeMap<>();
        latest.forEach(command -> statuses.put(command.path("id").asText(), command.path("status").asText()));
        assertThat(statuses).isNotEmpty();
        return statuses;
    }

    private static int smsTo(Platform platform, String phone) {
        return RawHttp.send("GET", platform.url(LocalPlatform.OTP) + "/dev/sms?phone=" + phone.replace("+", "%2B"),
                Map.of("Accept", "application/json"), (byte[]) null).json().size();
    }
}
