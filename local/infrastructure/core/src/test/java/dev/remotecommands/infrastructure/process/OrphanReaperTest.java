package dev.remotecommands.infrastructure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.infrastructure.testing.OrphanParentMain;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child process must not outlive a parent killed with SIGKILL (no shutdown hook runs then). */
class OrphanReaperTest {

    @Test
    void childDiesWhenItsParentIsKilled(@TempDir Path directory) throws Exception {
        Process parent = new ProcessBuilder(List.of(ChildProcess.javaExecutable(), "-cp",
                System.getProperty("java.class.path"), OrphanParentMain.class.getName(), directory.toString()))
                .redirectErrorStream(true)
                .start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            String line = out.readLine();
            assertThat(line).startsWith("child-pid=");
            childPid = Long.parseLong(line.substring("child-pid=".length()));
        }
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        assertThat(child.isAlive()).isTrue();

        parent.destroyForcibly();

        await().atMost(Duration.ofSeconds(20)).until(() -> !child.isAlive());
        assertThat(Files.readString(directory.resolve("sleeper.log"))).contains("starting sleeper");
    }
}
