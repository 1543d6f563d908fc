package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.service.AckSilenceWatch;
import dev.remotecommands.bridge.service.CarAnswerService;
import dev.remotecommands.bridge.service.CarSilenceWatch;
import dev.remotecommands.bridge.service.CarStateService;
import dev.remotecommands.bridge.service.IsolatedContext;
import dev.remotecommands.bridge.service.PairingService;
import dev.remotecommands.bridge.service.PresenceService;
import dev.remotecommands.contracts.mqtt.VehicleTopics;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mqtt.messages.MqttPublishMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads what the cars publish (acks, state, presence, pairing) through the bridge's shared subscriptions. Several
 * cars' messages are handled at the same time, each car's in order ({@link CarLanes}). A message that cannot be
 * read is logged with its topic and dropped; nothing that happens to one message stops the others.
 */
@ApplicationScoped
public class VehicleMessagesConsumer {

    private static final Logger LOG = Logger.getLogger(VehicleMessagesConsumer.class);

    private final BrokerSession broker;
    private final PassingFailures failures;
    private final IsolatedContext context;
    private final AckSilenceWatch ackSilence;
    private final CarSilenceWatch carSilence;
    private final CarLanes lanes;
    private final Map<String, Handler> handlers;

    /** How one kind of car message is read and what is done with it. */
    private interface Handler {
        Uni<Void> handle(String topic, byte[] payload);
    }

    public VehicleMessagesConsumer(BrokerSession broker, Payloads payloads, CarAnswerService answers,
            CarStateService states, PresenceService presences, PairingService pairings, PassingFailures failures,
            IsolatedContext context, AckSilenceWatch ackSilence, CarSilenceWatch carSilence, BridgeConfig config) {
        this.broker = broker;
        this.failures = failures;
        this.context = context;
        this.ackSilence = ackSilence;
        this.carSilence = carSilence;
        this.lanes = new CarLanes(config.mqtt().lanes());
        this.handlers = Map.of(
                VehicleTopics.ACKS, handler(payloads::ack, report -> answers.record(report.vin(), report.payload())),
                VehicleTopics.STATE, handler(payloads::state, report -> states.record(report.vin(), report.payload())),
                VehicleTopics.PRESENCE, handler(payloads::presence, report -> {
                    carSilence.presence(report.vin(), report.payload().status());
                    return presences.record(report.vin(), report.payload());
                }),
                VehicleTopics.PAIRING, handler(payloads::pairing,
                        report -> pairings.record(report.vin(), report.payload())));
    }

    void subscribe(@Observes StartupEvent started) {
        List<String> filters = handlers.keySet().stream().sorted().map(VehicleTopics::sharedSubscription).toList();
        broker.open(filters, this::onMessage);
    }

    private void onMessage(MqttPublishMessage message) {
        String topic = message.topicName();
        String kind = topic.substring(topic.lastIndexOf('/') + 1);
        carSilence.heard();
        if (VehicleTopics.ACKS.equals(kind)) {
            ackSilence.ackHeard();
        }
        Handler handler = handlers.get(kind);
        if (handler == null) {
            LOG.warnf("Dropped a message on %s: not a topic the bridge reads", topic);
            return;
        }
        byte[] payload = message.payload().getBytes();
        // Messages of a topic that names no car share one lane; they are dropped as unreadable anyway.
        String lane = VehicleTopics.vinOf(topic).orElse("");
        lanes.submit(lane, () -> handler.handle(topic, payload));
    }

    private <T> Handler handler(BiFunction<String, byte[], VehicleReport<T>> parser,
            Function<VehicleReport<T>, Uni<Void>> action) {
        return (topic, payload) -> {
            VehicleReport<T> report;
            try {
                report = parser.apply(topic, payload);
            } catch (UnreadablePayload e) {
                LOG.warnf("Dropped an unreadable message on %s: %s", topic, e.getMessage());
                return Uni.createFrom().voidItem();
            }
            return failures.retry(context.runIsolated(() -> action.apply(report)), "message on " + topic)
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Dropped a message on %s after retries: %s", topic, failure.getMessage());
                        return null;
                    });
        };
    }
}
