package dev.remotecommands.bridge.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.TestKafka;
import dev.remotecommands.infrastructure.testing.TestVins;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the bridge's tests share: a car played over MQTT, Kafka topics read from the start, direct SQL on the bridge
 * database. Every test uses its own VINs, so tests never see each other's records.
 */
public abstract class BridgeTestBase {

    private static final List<String> READ_TOPICS = List.of(Topics.COMMAND_ACKED, Topics.VEHICLE_STATE_REPORTED,
            Topics.VEHICLE_PAIRING_REPORTED, Topics.deadLetter(Topics.COMMAND_REQUESTED),
            Topics.deadLetter(Topics.ENROLLMENT_COMPLETED), Topics.deadLetter(Topics.ENROLLMENT_REVOKED));

    private static KafkaCompanion kafka;
    private static ConsumerTask<String, String> records;
    private static volatile boolean bridgeListening;

    @Inject
    protected Vertx vertx;

    @Inject
    protected ObjectMapper mapper;

    @Inject
    protected Pool database;

    private final List<TestCar> cars = new ArrayList<>();

    @BeforeEach
    void connectToKafkaAndWaitForTheBridge() {
        synchronized (BridgeTestBase.class) {
            if (kafka == null) {
                kafka = TestKafka.companion();
                for (String topic : List.of(Topics.COMMAND_REQUESTED, Topics.ENROLLMENT_COMPLETED,
                        Topics.ENROLLMENT_REVOKED)) {
                    createTopic(topic);
                }
                READ_TOPICS.forEach(BridgeTestBase::createTopic);
                records = kafka.consumeStrings().fromTopics(READ_TOPICS.toArray(String[]::new));
            }
        }
        if (!bridgeListening) {
            awaitBridgeSubscribed();
            bridgeListening = true;
        }
    }

    @AfterEach
    void disconnectCars() {
        cars.forEach(TestCar::close);
        cars.clear();
    }

    /** A fresh valid VIN. */
    protected static String newVin() {
        return TestVins.fresh("VF7BRG");
    }

    protected TestCar car(String vin) {
        TestCar car = TestCar.connect(vertx, config("mqtt.host"), Integer.parseInt(config("mqtt.port")), vin);
        cars.add(car);
        return car;
    }

    /** A car whose session the broker keeps while it is away (see {@link TestCar#connectWithPersistentSession}). */
    protected TestCar carWithPersistentSession(String vin) {
        TestCar car = TestCar.connectWithPersistentSession(vertx, config("mqtt.host"),
                Integer.parseInt(config("mqtt.port")), vin);
        cars.add(car);
        return car;
    }

    protected void reconnect(TestCar car) {
        car.reconnect(config("mqtt.host"), Integer.parseInt(config("mqtt.port")));
    }

    protected void request(CommandRequested command) {
        produce(command.vin(), write(command));
    }

    protected void produce(String key, String value) {
        produce(Topics.COMMAND_REQUESTED, key, value);
    }

    protected void produce(String topic, String key, String value) {
        TestKafka.produce(topic, key, value);
    }

    protected void completed(EnrollmentCompleted event) {
        produce(Topics.ENROLLMENT_COMPLETED, event.vin(), write(event));
    }

    protected void revoked(EnrollmentRevoked event) {
        produce(Topics.ENROLLMENT_REVOKED, event.vin(), write(event));
    }

    protected List<VehiclePairingReported> pairingReports(String vin) {
        return records(Topics.VEHICLE_PAIRING_REPORTED, vin).stream()
                .map(json -> read(json, VehiclePairingReported.class)).toList();
    }

    /** The records of this key that went to a topic's dead-letter topic. */
    protected List<String> deadLetters(String topic, String key) {
        return records(Topics.deadLetter(topic), key);
    }

    /** The CommandAcked events published so far for this car, in order. */
    protected List<CommandAcked> acked(String vin) {
        return records(Topics.COMMAND_ACKED, vin).stream().map(json -> read(json, CommandAcked.class)).toList();
    }

    protected List<CommandAcked> acked(String vin, UUID commandId) {
        return acked(vin).stream().filter(event -> event.commandId().equals(commandId)).toList();
    }

    protected List<CommandStatus> statuses(String vin, UUID commandId) {
        return acked(vin, commandId).stream().map(CommandAcked::status).toList();
    }

    /** Waits for the command's event with this status and returns it. */
    protected CommandAcked awaitStatus(String vin, UUID commandId, CommandStatus status) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> acked(vin, commandId).stream().filter(event -> event.status() == status).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    protected List<VehicleStateReported> stateReports(String vin) {
        return records(Topics.VEHICLE_STATE_REPORTED, vin).stream()
                .map(json -> read(json, VehicleStateReported.class)).toList();
    }

    protected List<String> deadLetters(String key) {
        return deadLetters(Topics.COMMAND_REQUESTED, key);
    }

    protected long sql(String statement, Object... parameters) {
        return database.preparedQuery(statement).execute(Tuple.from(parameters)).await()
                .atMost(Duration.ofSeconds(10)).rowCount();
    }

    /** The first column of the first row as a number, or null when there is no row. */
    protected Long sqlNumber(String query, Object... parameters) {
        var rows = database.preparedQuery(query).execute(Tuple.from(parameters)).await()
                .atMost(Duration.ofSeconds(10));
        var iterator = rows.iterator();
        return iterator.hasNext() ? iterator.next().getLong(0) : null;
    }

    /** What Prometheus would scrape from the bridge now. */
    protected static MetricsScrape metrics() {
        return MetricsScrape.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    protected <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + json, e);
        }
    }

    protected String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> records(String topic, String key) {
        return records.getRecords().stream()
                .filter(record -> record.topic().equals(topic) && key.equals(record.key()))
                .map(record -> record.value())
                .toList();
    }

    private void awaitBridgeSubscribed() {
        // A presence is handled only once the bridge's shared subscription is in place: repeat until one lands.
        String probe = newVin();
        TestCar car = car(probe);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.presence(Presence.ONLINE);
            return stateReports(probe).size() > 0;
        });
    }

    private static void createTopic(String topic) {
        try {
            if (!kafka.topics().list().contains(topic)) {
                kafka.topics().createAndWait(topic, 1);
            }
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof TopicExistsException) && !(e instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    protected static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
