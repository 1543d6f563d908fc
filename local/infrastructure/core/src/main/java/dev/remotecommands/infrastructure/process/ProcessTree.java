package dev.remotecommands.infrastructure.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process together with the processes it started (a start script and its JVM, for instance). */
public final class ProcessTree {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private ProcessTree() {
    }

    /**
     * SIGTERM to the root (scripts such as kc.sh forward it to their JVM), then SIGKILL to everything of the tree
     * still alive after {@code grace}. Returns once all of them are gone.
     */
    public static void terminate(ProcessHandle root, Duration grace) {
        terminateAll(List.of(root), grace);
    }

    /** {@link #terminate} for several trees at once: all get SIGTERM together and share the grace period. */
    public static void terminateAll(List<ProcessHandle> roots, Duration grace) {
        List<ProcessHandle> trees = new ArrayList<>();
        roots.forEach(root -> trees.addAll(snapshot(root)));
        roots.forEach(ProcessHandle::destroy);
        if (!awaitExit(trees, grace)) {
            kill(trees);
        }
    }

    /** SIGKILL to the root and its descendants at once. */
    public static void kill(ProcessHandle root) {
        kill(snapshot(root));
    }

    private static void kill(List<ProcessHandle> tree) {
        List<ProcessHandle> all = new ArrayList<>(tree);
        tree.forEach(handle -> handle.descendants().forEach(all::add));
        all.forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, AFTER_KILL);
    }

    private static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        CompletableFuture<?>[] exits = handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
