package dev.remotecommands.command;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A remote command for one car, the aggregate of this service. It is created ACCEPTED and moves forward
 * through its lifecycle (see {@code CommandLifecycle}) to exactly one terminal status.
 */
@Entity
@Table(name = "command")
public class Command {

    @Id
    private UUID id;

    @Column(nullable = false, length = 17)
    private String vin;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommandType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommandStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_cause")
    private FailureCause failureCause;

    @Column(name = "idempotency_key", nullable = false)
    private UUID idempotencyKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private String signature;

    /** The OIDC client the command was sent through; its webhook hears the command's changes (V3__webhooks.sql). */
    @Column(name = "client_id")
    private String clientId;

    protected Command() {
        // for Hibernate
    }

    /** A freshly accepted command; {@code issuedAt} and {@code expiresAt} are exactly what was signed. */
    public static Command accepted(UUID id, String vin, String accountId, CommandType type, UUID idempotencyKey,
            Instant issuedAt, Instant expiresAt, String signature) {
        Command command = new Command();
        command.id = id;
        command.vin = vin;
        command.accountId = accountId;
        command.type = type;
        command.status = CommandStatus.ACCEPTED;
        command.idempotencyKey = idempotencyKey;
        command.createdAt = issuedAt;
        command.updatedAt = issuedAt;
        command.expiresAt = expiresAt;
        command.signature = signature;
        return command;
    }

    public Command sentThrough(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /** Records a step of the lifecycle that {@code CommandLifecycle} allowed. */
    public void moveTo(CommandStatus newStatus, FailureCause cause, Instant at) {
        this.status = newStatus;
        this.failureCause = cause;
        this.updatedAt = at;
    }

    /** Whether a retried request (same idempotency key) asks for the same thing as this command. */
    public boolean sameRequestAs(String otherVin, CommandType otherType) {
        return vin.equals(otherVin) && type == otherType;
    }

    public UUID getId() {
        return id;
    }

    public String getVin() {
        return vin;
    }

    public String getAccountId() {
        return accountId;
    }

    public CommandType getType() {
        return type;
    }

    public CommandStatus getStatus() {
        return status;
    }

    public FailureCause getFailureCause() {
        return failureCause;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    /** Also the instant the command was issued (and signed) at. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getSignature() {
        return signature;
    }
}
