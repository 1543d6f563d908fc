package dev.remotecommands.command.rest;

import dev.remotecommands.command.service.CommandEventStream;
import dev.remotecommands.command.service.CommandService;
import dev.remotecommands.service.rest.Caller;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.UUID;

/** One command: its current view and its stream of status changes. */
@Path(CommandResource.PATH)
@Authenticated
public class CommandResource {

    static final String PATH = "/v1/commands";

    private final CommandService commands;
    private final CommandEventStream events;
    private final Caller caller;

    public CommandResource(CommandService commands, CommandEventStream events, Caller caller) {
        this.commands = commands;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The command, its status and history; for TIMED_OUT the outcome is unknown")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "command-not-found")
    public Uni<CommandView> get(@RestPath String id) {
        return commands.find(caller.accountId(), RequestParameters.commandId(id)).map(CommandView::of);
    }

    @GET
    @Path("/{id}/events")
    @ReadableCommandRequired
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the current status, then one event per change; closed after the"
            + " terminal one")
    @Extension(name = ProblemResponsesFilter.EXTENSION, value = "command-not-found")
    public Multi<CommandStatusEvent> events(@RestPath String id) {
        // CommandAccessFilter already checked that the caller may read this command
        UUID commandId = RequestParameters.commandId(id);
        Context requestContext = Vertx.currentContext();
        Multi<CommandStatusEvent> stream = events.follow(commandId).map(CommandStatusEvent::of);
        // changes are read from timers and notifications: write them on the request's own context
        return requestContext == null ? stream
                : stream.emitOn(task -> requestContext.runOnContext(ignored -> task.run()));
    }
}
