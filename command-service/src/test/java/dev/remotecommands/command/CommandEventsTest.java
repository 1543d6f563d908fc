package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.command.service.StatusChangeListener;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

@QuarkusTest
class CommandEventsTest {

    private final Account driver = RealmDrivers.driver();
    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL base;

    @Inject
    StatusChangeListener statusChanges;

    @Test
    void theStreamStartsWithTheCurrentStatusFollowsEveryChangeInOrderAndEndsAfterTheTerminalOne() throws Exception {
        String vin = newVin();
        UUID id = acceptedCommand(vin, CommandType.UNLOCK);
        EventStream stream = openOnceAccepted(id);

        ack(id, vin, CommandStatus.WAKING_UP_VEHICLE);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED);

        // the server closes the stream after the terminal event
        stream.closed().get(30, TimeUnit.SECONDS);
        assertThat(stream.statuses()).containsExactly("ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE", "SUCCEEDED");
        assertThat(stream.lastEvent()).containsEntry("terminal", true).containsEntry("outcomeKnown", true)
                .containsEntry("commandId", id.toString());
    }

    @Test
    void aFinishedCommandGivesOneEventAndCloses() throws Exception {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.HORN);
        ack(id, vin, CommandStatus.REJECTED, dev.remotecommands.contracts.vehicle.FailureCause.PRIVACY_MODE, null,
                java.time.Instant.now());
        awaitStatus(driver, id, CommandStatus.REJECTED);

        EventStream stream = open(id);
        stream.closed().get(30, TimeUnit.SECONDS);
        assertThat(stream.statuses()).containsExactly("REJECTED");
        assertThat(stream.lastEvent()).containsEntry("failureCause", "PRIVACY_MODE");
    }

    @Test
    void aStreamOpenedMidwayStartsWithTheCurrentStatus() throws Exception {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        awaitStatus(driver, id, CommandStatus.SENT_TO_VEHICLE);

        EventStream stream = open(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.statuses().isEmpty());
        ack(id, vin, CommandStatus.FAILED);
        stream.closed().get(30, TimeUnit.SECONDS);
        assertThat(stream.statuses()).containsExactly("SENT_TO_VEHICLE", "FAILED");
    }

    @Test
    void aStreamOpenThroughADatabaseRestartStillFollowsTheChangesAndEndsAfterTheTerminalOne() throws Exception {
        String vin = newVin();
        UUID id = acceptedCommand(vin, CommandType.LOCK);
        EventStream stream = openOnceAccepted(id);

        // a stream of another command, idle throughout: only the re-read signal sent when LISTEN is back reaches it
        List<UUID> rereadSignals = new CopyOnWriteArrayList<>();
        Cancellable idleStream = statusChanges.changesOf(UUID.randomUUID()).subscribe().with(rereadSignals::add);

        Infrastructure.Postgres database = Infrastructure.current().postgres();
        database.stop();
        try {
            // longer than the streams' re-read interval (1 s in tests), so that the stream reads during the outage;
            // short, since the command times out 12 s after it was accepted
            await("the stream stays open while the database is down")
                    .during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> !stream.closed().isDone());
        } finally {
            database.start();
        }
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED);

        stream.closed().get(30, TimeUnit.SECONDS);
        assertThat(stream.statuses()).containsExactly("ACCEPTED", "SENT_TO_VEHICLE", "SUCCEEDED");
        assertThat(stream.lastEvent()).containsEntry("terminal", true);
        // and status changes are heard again as they are committed, not only found by the streams' re-read
        await().atMost(Duration.ofSeconds(30)).until(statusChanges::listening);
        // notifications sent while LISTEN was down are lost: every open stream is told to re-read at once
        await().atMost(Duration.ofSeconds(5)).until(() -> !rereadSignals.isEmpty());
        idleStream.cancel();
        List<UUID> announced = new CopyOnWriteArrayList<>();
        Cancellable heard = statusChanges.changes().subscribe().with(announced::add);
        try {
            UUID next = submit(driver, vin, CommandType.UNLOCK);
            await().atMost(Duration.ofSeconds(5)).until(() -> announced.contains(next));
        } finally {
            heard.cancel();
        }
    }

    private UUID acceptedCommand(String vin, CommandType type) {
        enroll(driver, vin);
        return submit(driver, vin, type);
    }

    private EventStream openOnceAccepted(UUID id) {
        EventStream stream = open(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.statuses().contains("ACCEPTED"));
        return stream;
    }

    private EventStream open(UUID id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("/v1/commands/" + id + "/events"))
                .header("Authorization", "Bearer " + driver.accessToken())
                .header("Accept", "text/event-stream")
                .GET().build();
        List<String> data = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> closed = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    response.body().filter(line -> line.startsWith("data:"))
                            .forEach(line -> data.add(line.substring("data:".length()).trim()));
                });
        return new EventStream(data, closed);
    }

    private record EventStream(List<String> data, CompletableFuture<Void> closed) {

        List<String> statuses() {
            return data.stream().map(json -> (String) parse(json).get("status")).toList();
        }

        java.util.Map<String, Object> lastEvent() {
            return parse(data.get(data.size() - 1));
        }
    }
}
