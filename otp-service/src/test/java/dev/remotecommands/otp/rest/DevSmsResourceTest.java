package dev.remotecommands.otp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Without a second application start: the inbox endpoint when another provider sends the SMS. */
class DevSmsResourceTest {

    @Test
    void theInboxDoesNotExistWhenTheProviderIsNotTheLocalInbox() {
        DevSmsResource resource = new DevSmsResource(false, null);

        assertThatThrownBy(() -> resource.messages("+33612345678"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.type()).isEqualTo("https://remote-commands.dev/problems/resource-not-found");
                    assertThat(problem.detail()).contains("otp.sms.provider=local");
                });
    }

    @Test
    void aNumberIsAcceptedEncodedOrWithItsPlusTurnedIntoASpace() {
        assertThat(DevSmsResource.normalise("+33612345678")).isEqualTo("+33612345678");
        assertThat(DevSmsResource.normalise(" 33612345678")).isEqualTo("+33612345678");
        assertThat(DevSmsResource.normalise("33612345678")).isEqualTo("+33612345678");
    }

    @Test
    void aMalformedNumberIsABadRequest() {
        assertThatThrownBy(() -> DevSmsResource.normalise("06 12 34 56 78x"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        assertThatThrownBy(() -> DevSmsResource.normalise(null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
    }
}
