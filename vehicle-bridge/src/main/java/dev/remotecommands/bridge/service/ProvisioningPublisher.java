package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.messaging.BrokerSession;
import dev.remotecommands.bridge.messaging.Payloads;
import dev.remotecommands.bridge.repository.ProvisioningRepository;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.grants.VehicleGrantRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the retained {@code vehicles/{vin}/provisioning} message a car should have: remote control on while at
 * least one (account, device) may command it, the authorised device ids, and the command-verification key. What is
 * published is read from the grants at publication time, under a lock on the car's provisioning row, so the last
 * message the broker retains is always the newest. Never fails: what could not be published stays wanted and the
 * sweep publishes it again (the message is retained and idempotent for the car).
 */
@ApplicationScoped
public class ProvisioningPublisher {

    private static final Logger LOG = Logger.getLogger(ProvisioningPublisher.class);
    private final ProvisioningRepository provisioning;
    private final VehicleGrantRepository grants;
    private final BrokerSession broker;
    private final Payloads payloads;
    private final IsolatedContext context;
    private final BridgeConfig config;
    private final Clock clock;
    private final CommandKey key;
    private final AtomicBoolean keyProblemLogged = new AtomicBoolean();

    public ProvisioningPublisher(ProvisioningRepository provisioning, VehicleGrantRepository grants,
            BrokerSession broker, Payloads payloads, IsolatedContext context, BridgeConfig config, Clock clock) {
        this.provisioning = provisioning;
        this.grants = grants;
        this.broker = broker;
        this.payloads = payloads;
        this.context = context;
        this.config = config;
        this.clock = clock;
        this.key = CommandKey.of(config.commandVerificationKey());
    }

    /** Publishes the car's provisioning if it is wanted and not yet published. */
    public Uni<Void> publish(String vin) {
        if (!keyUsable()) {
            return Uni.createFrom().voidItem();
        }
        return context.run(() -> Panache.withTransaction(() -> provisioning.lockPending(vin)
                .chain(pending -> pending == null
                        ? Uni.createFrom().voidItem()
                        : message(pending)
                                // A publication not written in time fails, and the sweep tries again.
                                .chain(json -> broker.publishRetained(
                                        VehicleTopics.of(vin, VehicleTopics.PROVISIONING), json))
                                .chain(() -> provisioning.markPublished(vin, pending.version()))
                                .invoke(() -> LOG.debugf("Provisioning %d of %s published", pending.version(),
                                        vin))))).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Could not publish the provisioning of %s (%s); it will be tried again", vin,
                    failure.getMessage());
            return null;
        });
    }

    /** Publishes every wanted provisioning that was not published in time (broker down, process stopped). */
    public Uni<Void> publishPending() {
        if (!keyUsable()) {
            return Uni.createFrom().voidItem();
        }
        return context.run(() -> Panache.withSession(() -> provisioning.unpublished(
                        clock.instant().minus(config.republishAfter()), config.sweepBatchSize()))
                .chain(vins -> Sequence.each(vins, this::publish)));
    }

    private Uni<String> message(ProvisioningRepository.Pending pending) {
        return grants.anyEnabled(pending.vin()).chain(remoteControl -> (remoteControl
                ? grants.enabledDevices(pending.vin())
                : Uni.createFrom().item(List.<String>of()))
                .map(devices -> payloads.provisioningMessage(
                        new ProvisioningMessage(remoteControl, devices, key.base64(), pending.wantedAt()))));
    }

    private boolean keyUsable() {
        if (key.usable()) {
            return true;
        }
        if (keyProblemLogged.compareAndSet(false, true)) {
            LOG.errorf("No provisioning is published to any car: %s. Cars cannot verify commands without it; set it "
                    + "to command-service's Ed25519 public key (base64 X.509). Wanted provisionings are kept and "
                    + "published once the bridge runs with a key.", key.problem());
        }
        return false;
    }
}
