package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.PairingReportRepository;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.mqtt.PairingMessage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Announces a car's Bluetooth pairing report as {@code VehiclePairingReported} (key VIN, through the outbox) for
 * enrollment-service to match against its pairing session. The same report delivered twice (QoS 1) is announced once.
 */
@ApplicationScoped
public class PairingService {

    private static final Logger LOG = Logger.getLogger(PairingService.class);

    private final PairingReportRepository reports;
    private final Reporter reporter;
    private final Clock clock;

    public PairingService(PairingReportRepository reports, Reporter reporter, Clock clock) {
        this.reports = reports;
        this.reporter = reporter;
        this.clock = clock;
    }

    public Uni<Void> record(String vin, PairingMessage pairing) {
        Instant now = clock.instant();
        Instant at = pairing.at() != null ? pairing.at() : now;
        VehiclePairingReported event = new VehiclePairingReported(vin, pairing.challenge(), pairing.deviceId(),
                pairing.ignition(), pairing.privacyMode(), at);
        return Panache.withTransaction(() -> reports
                .rememberIfNew(vin, pairing.challenge(), pairing.deviceId(), at, now)
                .chain(isNew -> {
                    if (!isNew) {
                        LOG.debugf("Pairing report of %s for device %s seen again: not announced twice", vin,
                                pairing.deviceId());
                        return Uni.createFrom().voidItem();
                    }
                    return reporter.pairingReported(event);
                }));
    }
}
