package dev.remotecommands.bridge.service;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

/** Runs an action per item one after the other: a reactive session allows one operation at a time. */
final class Sequence {

    private Sequence() {
    }

    static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> action.apply(item)).replaceWithVoid();
        }
        return chain;
    }
}
