package dev.remotecommands.infrastructure.testing;

import dev.remotecommands.infrastructure.process.ChildProcess;

import java.nio.file.Path;
import java.util.List;

/** A parent JVM for {@code OrphanReaperTest}: starts a long sleep as its child, prints its pid, then waits. */
public final class OrphanParentMain {

    private OrphanParentMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[0]);
        ChildProcess child = new ChildProcess("sleeper", List.of("sleep", "600"), directory,
                directory.resolve("sleeper.log"));
        child.start();
        System.out.println("child-pid=" + child.pid());
        System.out.flush();
        Thread.currentThread().join();
    }
}
