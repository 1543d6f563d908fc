package dev.remotecommands.bridge;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A command the bridge has received, kept in the bridge database from arrival to its terminal status (and for
 * a while after, so that a replay of the same id changes nothing). The row is the bridge's memory across
 * restarts; every change of it is a conditional update, so several bridge instances can work side by side.
 */
@Entity
@Table(name = "in_flight_command")
public class InFlightCommand {

    @Id
    @Column(name = "command_id")
    public UUID commandId;

    @Column(name = "vin")
    public String vin;

    @Column(name = "account_id")
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    public CommandType type;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /**
     * The {@code vehicles/{vin}/commands} payload exactly as the car gets it. Kept as text because the signature
     * covers the instants with their full precision, which a timestamp column would round to microseconds.
     */
    @Column(name = "message")
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage")
    public Stage stage;

    /** The terminal status once {@link Stage#FINISHED}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public CommandStatus outcome;

    /** When the command message reached the MQTT broker; null while a SENT command still has to be published. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
