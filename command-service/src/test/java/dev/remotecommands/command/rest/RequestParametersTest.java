package dev.remotecommands.command.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

class RequestParametersTest {

    @ParameterizedTest
    @ValueSource(strings = { "3f2b8c1e-6a4d-4b5e-9c1f-2a7d8e9b0c3d", "3F2B8C1E-6A4D-4B5E-9C1F-2A7D8E9B0C3D" })
    void aCanonicalUuidNamesACommand(String id) {
        assertThat(RequestParameters.commandId(id)).isEqualTo(UUID.fromString(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "1-2-3-4-5", "3f2b8c1e6a4d4b5e9c1f2a7d8e9b0c3d" })
    void aPathIdThatIsNoCanonicalUuidNamesNoCommand(String id) {
        assertThatThrownBy(() -> RequestParameters.commandId(id))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.type()).endsWith("/command-not-found");
                });
    }
}
