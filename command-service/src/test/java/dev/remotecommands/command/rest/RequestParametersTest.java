package dev.remotecommands.command.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.contracts.vehicle.CommandType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

class RequestParametersTest {

    @Test
    void acceptsACanonicalUuidAsIdempotencyKey() {
        UUID key = UUID.randomUUID();
        assertThat(RequestParameters.idempotencyKey(key.toString())).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "1-2-3-4-5", "123e4567e89b12d3a456426614174000" })
    void refusesAnIdempotencyKeyThatIsNoCanonicalUuid(String key) {
        assertThatThrownBy(() -> RequestParameters.idempotencyKey(key))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.detail()).contains("UUID");
                });
    }

    @Test
    void limitDefaultsTo20AndStaysWithin1To100() {
        assertThat(RequestParameters.limit(null)).isEqualTo(20);
        assertThat(RequestParameters.limit("1")).isEqualTo(1);
        assertThat(RequestParameters.limit("100")).isEqualTo(100);
        for (String bad : new String[] { "0", "101", "-3", "ten", "2.5" }) {
            assertThatThrownBy(() -> RequestParameters.limit(bad)).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        }
    }

    @Test
    void commandTypeIsRequiredAndMustBeKnown() {
        assertThat(RequestParameters.commandType(new CommandRequestBody("UNLOCK"))).isEqualTo(CommandType.UNLOCK);
        assertThatThrownBy(() -> RequestParameters.commandType(null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
        assertThatThrownBy(() -> RequestParameters.commandType(new CommandRequestBody("OPEN_TRUNK")))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.detail()).contains("OPEN_TRUNK", "LOCK", "REFRESH_STATE");
                });
    }
}
