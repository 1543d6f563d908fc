package dev.remotecommands.loadtest.rawpipe;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The platform's hops with no logic in them, on the same Kafka and MQTT broker: an HTTP endpoint
 * ({@code POST /raw/{car}/{id}}) that produces the id to Kafka and answers 202 once Kafka has it; a consumer that
 * publishes each record to the car's MQTT topic (QoS 1); echo cars, MQTT clients sharing one subscription to every
 * car's topic, that answer each message on the car's ack topic; and a bridge that produces each answer back to Kafka,
 * where {@link RawPipeTarget} (the driver) sees it. What the platform adds on top of this floor is its own work:
 * databases, outboxes, signatures, checks.
 */
public final class RawPipe implements AutoCloseable {

    public static final String REQUESTS = "loadtest.raw.requests";
    public static final String ANSWERS = "loadtest.raw.answers";
    private static final String COMMANDS = "loadtest/raw/%s/commands";
    private static final String ACKS = "loadtest/raw/%s/acks";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx = Vertx.vertx();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final KafkaProducer<String, String> producer;
    private final List<MqttClient> mqttClients = new ArrayList<>();
    private final RawKafka kafka;
    private final HttpServer server;
    private final RecordPump forwarder;
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong echoed = new AtomicLong();
    private final AtomicLong bridged = new AtomicLong();

    /**
     * Starts every piece and returns once they are connected.
     *
     * @param echoCars MQTT connections that play the cars
     */
    public RawPipe(String bootstrap, String mqttHost, int mqttPort, int echoCars) {
        kafka = new RawKafka(bootstrap);
        kafka.createTopics(List.of(REQUESTS, ANSWERS));
        producer = kafka.producer();
        MqttClient forwardClient = connect(mqttHost, mqttPort, "raw-forward");
        Context forwardContext = vertx.getOrCreateContext();
        for (int i = 0; i < echoCars; i++) {
            MqttClient car = connect(mqttHost, mqttPort, "raw-echo-" + i);
            car.publishHandler(message -> {
                echoed.incrementAndGet();
                String vin = message.topicName().split("/")[2];
                car.publish(ACKS.formatted(vin), message.payload(), MqttQoS.AT_LEAST_ONCE, false, false);
            });
            await(car.subscribe("$share/raw-echo/" + COMMANDS.formatted("+"), MqttQoS.AT_LEAST_ONCE.value()));
        }
        MqttClient ackBridge = connect(mqttHost, mqttPort, "raw-acks");
        ackBridge.publishHandler(message -> {
            bridged.incrementAndGet();
            producer.send(new ProducerRecord<>(ANSWERS, message.topicName().split("/")[2],
                    message.payload().toString(StandardCharsets.UTF_8)));
        });
        await(ackBridge.subscribe(ACKS.formatted("+"), MqttQoS.AT_LEAST_ONCE.value()));
        forwarder = new RecordPump(kafka.consumerAtEnd(REQUESTS), (car, id) -> forwardContext.runOnContext(ignored -> {
            forwarded.incrementAndGet();
            forwardClient.publish(COMMANDS.formatted(car), Buffer.buffer(id), MqttQoS.AT_LEAST_ONCE, false, false);
        }), "raw-forward");
        server = vertx.createHttpServer().requestHandler(request -> {
            String[] path = request.path().split("/"); // "", "raw", car, id
            if (!request.method().name().equals("POST") || path.length != 4 || !path[1].equals("raw")) {
                request.response().setStatusCode(404).end();
                return;
            }
            Context context = Vertx.currentContext();
            produced.incrementAndGet();
            producer.send(new ProducerRecord<>(REQUESTS, path[2], path[3]), (metadata, failure) ->
                    context.runOnContext(ignored -> request.response().setStatusCode(failure == null ? 202 : 503)
                            .end(path[3])));
        });
        await(server.listen(0, "localhost"));
    }

    /** Where the driver posts: {@code http://localhost:<port>}. */
    public String url() {
        return "http://localhost:" + server.actualPort();
    }

    /** Messages seen at each hop so far: where they stop when some do not make the round trip. */
    public Map<String, Long> counts() {
        return Map.of("http_to_kafka", produced.get(), "kafka_to_mqtt", forwarded.get(), "echoed", echoed.get(),
                "mqtt_to_kafka", bridged.get());
    }

    /** A consumer of the answers topic, from its end: the driver's side of the pipe. */
    public RecordPump answers(RecordPump.Handler handler) {
        return new RecordPump(kafka.consumerAtEnd(ANSWERS), handler, "raw-answers");
    }

    private MqttClient connect(String host, int port, String name) {
        MqttClient client = MqttClient.create(vertx, new MqttClientOptions()
                .setClientId("load-test-" + name + "-" + runId).setCleanSession(true).setMaxInflightQueue(10_000)
                .setAutoKeepAlive(true));
        await(client.connect(port, host));
        mqttClients.add(client);
        return client;
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the raw pipe could not start: " + e, e);
        }
    }

    @Override
    public void close() {
        forwarder.close();
        producer.close(Duration.ofSeconds(5));
        mqttClients.forEach(MqttClient::disconnect);
        server.close();
        await(vertx.close());
    }
}
