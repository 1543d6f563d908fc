package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.service.CommandIntake;
import dev.remotecommands.bridge.service.IsolatedContext;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.CommandRequested;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code CommandRequested} (group {@code vehicle-bridge}, key VIN). The record is acknowledged once the
 * command is stored and its first step published; an unreadable record is nacked and goes to
 * {@code CommandRequested.DLQ} while consumption goes on.
 */
@ApplicationScoped
public class CommandRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(CommandRequestedConsumer.class);

    private final Payloads payloads;
    private final CommandIntake intake;
    private final PassingFailures failures;
    private final IsolatedContext context;

    public CommandRequestedConsumer(Payloads payloads, CommandIntake intake, PassingFailures failures,
            IsolatedContext context) {
        this.payloads = payloads;
        this.intake = intake;
        this.failures = failures;
        this.context = context;
    }

    @Incoming(Channels.COMMAND_REQUESTED_IN)
    public Uni<Void> consume(String payload) {
        CommandRequested command;
        try {
            command = payloads.commandRequested(payload);
        } catch (UnreadablePayload e) {
            LOG.warnf("Unreadable %s record sent to %s: %s", Topics.COMMAND_REQUESTED,
                    Topics.deadLetter(Topics.COMMAND_REQUESTED), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return failures.retry(context.run(() -> intake.accept(command)),
                "command " + command.commandId());
    }
}
