package dev.remotecommands.command.rest;

import dev.remotecommands.command.service.CommandService;
import dev.remotecommands.service.rest.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A server-sent event stream commits to 200 as soon as it opens, so the command is looked up before: a command
 * that does not exist or belongs to another account gets its 404 problem instead of an empty stream.
 */
public class CommandAccessFilter {

    private final CommandService commands;
    private final CurrentIdentityAssociation identities;

    public CommandAccessFilter(CommandService commands, CurrentIdentityAssociation identities) {
        this.commands = commands;
        this.identities = identities;
    }

    @ServerRequestFilter
    @ReadableCommandRequired
    public Uni<Void> requireReadableCommand(UriInfo uriInfo) {
        String id = uriInfo.getPathParameters().getFirst("id");
        return identities.getDeferredIdentity().chain(identity -> identity.isAnonymous()
                // no token: the endpoint's own security check answers 401
                ? Uni.createFrom().voidItem()
                : commands.find(Caller.accountIdOf(identity), RequestParameters.commandId(id)).replaceWithVoid());
    }
}
