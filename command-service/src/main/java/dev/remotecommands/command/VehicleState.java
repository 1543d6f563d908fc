package dev.remotecommands.command;

import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The last known condition of a car, merged from its state reports and the state carried by acks. */
@Entity
@Table(name = "vehicle_state")
public class VehicleState {

    @Id
    @Column(length = 17)
    private String vin;

    @Enumerated(EnumType.STRING)
    private DoorState doors;

    @Enumerated(EnumType.STRING)
    private IgnitionState ignition;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy_mode")
    private PrivacyMode privacyMode;

    @Enumerated(EnumType.STRING)
    private Presence presence;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected VehicleState() {
        // for Hibernate
    }

    public String getVin() {
        return vin;
    }

    public DoorState getDoors() {
        return doors;
    }

    public IgnitionState getIgnition() {
        return ignition;
    }

    public PrivacyMode getPrivacyMode() {
        return privacyMode;
    }

    public Presence getPresence() {
        return presence;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
