package dev.remotecommands.command;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One status a command reached, in order (the id grows with every entry). */
@Entity
@Table(name = "command_history")
public class CommandHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "command_id", nullable = false)
    private UUID commandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommandStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_cause")
    private FailureCause failureCause;

    @Column(nullable = false)
    private Instant at;

    protected CommandHistoryEntry() {
        // for Hibernate
    }

    public CommandHistoryEntry(UUID commandId, CommandStatus status, FailureCause failureCause, Instant at) {
        this.commandId = commandId;
        this.status = status;
        this.failureCause = failureCause;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public UUID getCommandId() {
        return commandId;
    }

    public CommandStatus getStatus() {
        return status;
    }

    public FailureCause getFailureCause() {
        return failureCause;
    }

    public Instant getAt() {
        return at;
    }
}
