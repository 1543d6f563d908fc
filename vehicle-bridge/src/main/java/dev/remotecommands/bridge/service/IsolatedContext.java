package dev.remotecommands.bridge.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Runs reactive database work on a safe duplicated Vert.x context, as Hibernate Reactive requires. The MQTT
 * connector hands messages over on a plain event-loop context, so its handlers (and the scheduler's) go through
 * here; work already on a safe duplicated context runs as it is.
 */
@ApplicationScoped
public class IsolatedContext {

    private final Vertx vertx;

    public IsolatedContext(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        Context current = Vertx.currentContext();
        if (current != null && VertxContext.isDuplicatedContext(current)
                && VertxContextSafetyToggle.isExplicitlyMarkedAsSafe(current)) {
            return Uni.createFrom().deferred(work::get);
        }
        return runIsolated(work);
    }

    /**
     * Runs the work on a new safe duplicated context, even when called from one: for work that must not share
     * anything (a reactive session, say) with what ran before it on the same thread.
     */
    public <T> Uni<T> runIsolated(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context current = Vertx.currentContext();
            Context isolated = VertxContext.createNewDuplicatedContext(
                    current != null ? current : vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(isolated, true);
            isolated.runOnContext(ignored -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        });
    }
}
