package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.service.CarAnswerService;
import dev.remotecommands.bridge.service.CarStateService;
import dev.remotecommands.bridge.service.IsolatedContext;
import dev.remotecommands.bridge.service.PairingService;
import dev.remotecommands.bridge.service.PresenceService;
import dev.remotecommands.contracts.Channels;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.mqtt.ReceivingMqttMessageMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads what the cars publish (acks, state, presence, pairing) through the bridge's shared MQTT subscriptions. A message that
 * cannot be read is logged with its topic and dropped; the channel keeps going whatever happens to one message.
 */
@ApplicationScoped
public class VehicleMessagesConsumer {

    private static final Logger LOG = Logger.getLogger(VehicleMessagesConsumer.class);

    private final Payloads payloads;
    private final CarAnswerService answers;
    private final CarStateService states;
    private final PresenceService presences;
    private final PairingService pairings;
    private final PassingFailures failures;
    private final IsolatedContext context;

    public VehicleMessagesConsumer(Payloads payloads, CarAnswerService answers, CarStateService states,
            PresenceService presences, PairingService pairings, PassingFailures failures, IsolatedContext context) {
        this.payloads = payloads;
        this.answers = answers;
        this.states = states;
        this.presences = presences;
        this.pairings = pairings;
        this.failures = failures;
        this.context = context;
    }

    @Incoming(Channels.VEHICLE_ACKS_IN)
    public Uni<Void> onAck(Message<byte[]> message) {
        return handle(message, (topic, payload) -> payloads.ack(topic, payload),
                report -> answers.record(report.vin(), report.payload()));
    }

    @Incoming(Channels.VEHICLE_STATE_IN)
    public Uni<Void> onState(Message<byte[]> message) {
        return handle(message, (topic, payload) -> payloads.state(topic, payload),
                report -> states.record(report.vin(), report.payload()));
    }

    @Incoming(Channels.VEHICLE_PRESENCE_IN)
    public Uni<Void> onPresence(Message<byte[]> message) {
        return handle(message, (topic, payload) -> payloads.presence(topic, payload),
                report -> presences.record(report.vin(), report.payload()));
    }

    @Incoming(Channels.VEHICLE_PAIRING_IN)
    public Uni<Void> onPairing(Message<byte[]> message) {
        return handle(message, (topic, payload) -> payloads.pairing(topic, payload),
                report -> pairings.record(report.vin(), report.payload()));
    }

    private <T> Uni<Void> handle(Message<byte[]> message, BiFunction<String, byte[], VehicleReport<T>> parser,
            Function<VehicleReport<T>, Uni<Void>> action) {
        String topic = message.getMetadata(ReceivingMqttMessageMetadata.class)
                .map(ReceivingMqttMessageMetadata::getTopic)
                .orElse("(unknown topic)");
        VehicleReport<T> report;
        try {
            report = parser.apply(topic, message.getPayload());
        } catch (UnreadablePayload e) {
            LOG.warnf("Dropped an unreadable message on %s: %s", topic, e.getMessage());
            return Uni.createFrom().completionStage(message::ack);
        }
        return failures.retry(context.run(() -> action.apply(report)), "message on " + topic)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Dropped a message on %s after retries: %s", topic, failure.getMessage());
                    return null;
                })
                .chain(() -> Uni.createFrom().completionStage(message::ack));
    }
}
