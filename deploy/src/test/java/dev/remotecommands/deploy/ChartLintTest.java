package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code helm lint --strict} passes with the values an operator installs with: no error, no warning. */
class ChartLintTest {

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void lintsStrictlyClean(OperatorValues values, @TempDir Path workDir) {
        LintResult result = Chart.lint(values, workDir);

        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }
}
