package dev.remotecommands.systemtests.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The performance engineers' {@code ./load-test} as they run it: the packaged jar of tools/load-test (built before
 * the system tests in the same {@code ./mvnw verify}), in a process of its own.
 */
public final class LoadTestTool {

    /** What one run printed and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private LoadTestTool() {
    }

    public static Run run(Platform platform, String... arguments) {
        Path jar = platform.projectDirectory().resolve("tools/load-test/target/load-test.jar");
        assertThat(jar).as("the load-test jar (./mvnw package -pl tools/load-test -am)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("load-test", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("load-test " + String.join(" ", arguments) + " ran over 5 minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println("[load-test " + arguments[0] + "] " + printed.replace("\r", "\n"));
            return new Run(process.exitValue(), printed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run load-test: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while load-test ran", e);
        }
    }
}
