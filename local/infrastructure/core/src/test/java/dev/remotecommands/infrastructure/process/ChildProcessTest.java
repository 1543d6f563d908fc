package dev.remotecommands.infrastructure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A component that cannot start must say why, in the words of its own log. */
class ChildProcessTest {

    @Test
    void aChildThatDiesBeforeItIsReadyFailsWithItsExitCodeAndLastLogLines(@TempDir Path directory) {
        ChildProcess child = new ChildProcess("Broken broker",
                List.of("sh", "-c", "echo starting; echo 'FATAL: data directory is corrupt' >&2; exit 3"),
                directory, directory.resolve("broken.log"));
        child.start();

        assertThatThrownBy(() -> child.awaitReady(Duration.ofSeconds(30), () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Broken broker exited with code 3 before it was ready")
                .hasMessageContaining("FATAL: data directory is corrupt")
                .hasMessageContaining(directory.resolve("broken.log").toString());
    }

    @Test
    void aChildThatNeverGetsReadyFailsAfterTheTimeoutAndIsStoppable(@TempDir Path directory) {
        ChildProcess child = new ChildProcess("Slow broker", List.of("sleep", "600"), directory,
                directory.resolve("slow.log"));
        child.start();

        assertThatThrownBy(() -> child.awaitReady(Duration.ofMillis(300), () -> false))
                .hasMessageContaining("Slow broker was not ready after");
        child.stop(Duration.ofSeconds(5));
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void aFixedPortAlreadyTakenIsReportedWithThePortAndWhatWantedIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FreePorts.requireFree(taken.getLocalPort(), "Kafka"))
                    .hasMessageContaining("port " + taken.getLocalPort() + " for Kafka is already in use");
        }
    }
}
