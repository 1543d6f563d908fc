package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.metrics;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.post;
import static dev.remotecommands.command.testing.Fixture.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What operations sees at /q/metrics (the Grafana dashboard's queries): the command funnel, latency, commands in
 * flight, Kafka consumer lag; and that no series names a car, a person or a command.
 */
@QuarkusTest
class CommandMetricsTest {

    private static final String ACCEPTED = "remote_commands_accepted_total";
    private static final String REFUSED = "remote_commands_refused_total";
    private static final String LATENCY_COUNT = "remote_commands_latency_seconds_count";
    private static final String LATENCY_BUCKET = "remote_commands_latency_seconds_bucket";
    private static final String IN_FLIGHT = "remote_commands_in_flight";

    private final Account driver = RealmDrivers.driver();

    @Test
    void acceptedAndRefusedCommandsAreCountedByTypeAndReason() {
        String vin = newVin();
        enroll(driver, vin);
        MetricsScrape before = metrics();

        UUID key = UUID.randomUUID();
        post(driver, vin, CommandType.UNLOCK, key).then().statusCode(202);
        // the replay of an accepted command is the same command, not another one
        post(driver, vin, CommandType.UNLOCK, key).then().statusCode(202);
        post(driver, vin, CommandType.UNLOCK, UUID.randomUUID()).then().statusCode(409);
        post(driver, vin, CommandType.LIGHTS, (String) null).then().statusCode(403);

        MetricsScrape after = metrics();
        assertThat(after.sum(ACCEPTED, "type", "UNLOCK")).isEqualTo(before.sum(ACCEPTED, "type", "UNLOCK") + 1);
        assertThat(after.sum(ACCEPTED, "type", "LIGHTS")).isEqualTo(before.sum(ACCEPTED, "type", "LIGHTS"));
        assertThat(after.sum(REFUSED, "type", "UNLOCK", "reason", "same-action-in-progress"))
                .isEqualTo(before.sum(REFUSED, "type", "UNLOCK", "reason", "same-action-in-progress") + 1);
        assertThat(after.sum(REFUSED, "type", "LIGHTS", "reason", "safety-code-required"))
                .isEqualTo(before.sum(REFUSED, "type", "LIGHTS", "reason", "safety-code-required") + 1);
    }

    @Test
    void everyCommandTypeIsExportedFromTheStartSoThatRateSeesItsFirstCommand() {
        MetricsScrape scrape = metrics();
        for (CommandType type : CommandType.values()) {
            assertThat(scrape.has(ACCEPTED, "type", type.name())).as(type.name()).isTrue();
        }
        assertThat(scrape.has("remote_commands_timed_out_total")).isTrue();
    }

    @Test
    void theLatencyHistogramRecordsEachCommandThatEndsByTypeAndOutcome() {
        String vin = newVin();
        enroll(driver, vin);
        MetricsScrape before = metrics();

        UUID succeeded = submit(driver, vin, CommandType.LIGHTS);
        ack(succeeded, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(succeeded, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, succeeded, CommandStatus.SUCCEEDED);
        UUID failed = submit(driver, vin, CommandType.LOCK);
        ack(failed, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(failed, vin, CommandStatus.FAILED, FailureCause.VEHICLE_ERROR, null, Instant.now());
        awaitStatus(driver, failed, CommandStatus.FAILED);

        MetricsScrape after = metrics();
        // one observation per command at its terminal status, none for the steps before it
        assertThat(after.sum(LATENCY_COUNT, "type", "LIGHTS", "outcome", "SUCCEEDED"))
                .isEqualTo(before.sum(LATENCY_COUNT, "type", "LIGHTS", "outcome", "SUCCEEDED") + 1);
        assertThat(after.sum(LATENCY_COUNT, "type", "LOCK", "outcome", "FAILED"))
                .isEqualTo(before.sum(LATENCY_COUNT, "type", "LOCK", "outcome", "FAILED") + 1);
        assertThat(after.sum(LATENCY_COUNT, "type", "LIGHTS", "outcome", "SENT_TO_VEHICLE")).isZero();
        // buckets, so that the dashboard's histogram_quantile works across instances
        assertThat(after.has(LATENCY_BUCKET, "type", "LIGHTS", "outcome", "SUCCEEDED", "le", "+Inf")).isTrue();
        assertThat(after.samples()).filteredOn(sample -> sample.name().equals(LATENCY_BUCKET)
                && "LIGHTS".equals(sample.labels().get("type"))).hasSizeGreaterThan(10);
    }

    @Test
    void theInFlightGaugeCountsCommandsWithoutATerminalStatus() {
        // commands other tests left pending end TIMED_OUT within the test profile's ttl plus grace
        await().atMost(Duration.ofSeconds(40)).until(() -> metrics().sum(IN_FLIGHT) == 0);
        String vin = newVin();
        enroll(driver, vin);

        UUID lock = submit(driver, vin, CommandType.LOCK);
        UUID lights = submit(driver, vin, CommandType.LIGHTS);
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().sum(IN_FLIGHT) == 2);
        ack(lock, vin, CommandStatus.SUCCEEDED);
        ack(lights, vin, CommandStatus.WAKING_UP_VEHICLE);
        awaitStatus(driver, lock, CommandStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().sum(IN_FLIGHT) == 1);
        ack(lights, vin, CommandStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics().sum(IN_FLIGHT) == 0);
    }

    @Test
    void kafkaConsumerLagIsExportedPerConsumer() {
        // the dashboard shows it by service and client_id
        assertThat(metrics().samples())
                .filteredOn(sample -> sample.name().equals("kafka_consumer_fetch_manager_records_lag_max"))
                .isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.labels()).containsKey("client_id"));
    }

    @Test
    void noSeriesNamesACarAPersonOrACommand() {
        String vin = newVin();
        enroll(driver, vin);
        List<String> mentioned = new ArrayList<>(List.of(vin, driver.id()));
        UUID id = submit(driver, vin, CommandType.HORN);
        mentioned.add(id.toString());
        ack(id, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, id, CommandStatus.SUCCEEDED);
        post(driver, "NOT-A-VIN", CommandType.HORN, UUID.randomUUID()).then().statusCode(400);

        // one series per car, account or command would grow without bound, and would put personal data in Prometheus
        Pattern vinLike = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
        Pattern uuidLike = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
        Pattern phoneLike = Pattern.compile("\\+[0-9]{7,15}");
        for (String value : metrics().labelValues()) {
            assertThat(value).doesNotContain(mentioned.toArray(String[]::new))
                    .doesNotContainPattern(vinLike).doesNotContainPattern(uuidLike).doesNotContainPattern(phoneLike)
                    .doesNotContain("NOT-A-VIN");
        }
    }
}
