package dev.remotecommands.command.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.problem.ProblemException;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void aStandardWebhooksSecretSignsAsTheStandardsOwnExampleSoABffCanVerifyWithItsLibraries() {
        // the example of the Standard Webhooks specification (github.com/standard-webhooks)
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anyOtherSecretIsKeyedByItsUtf8Bytes() {
        assertThat(WebhookSignature.key("plain-secret-of-thirty-two-characters")).isEqualTo(
                "plain-secret-of-thirty-two-characters".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aWhsecSecretThatIsNotBase64OfAStrongKeyIsRefusedAtRegistration() {
        assertThatThrownBy(() -> WebhookTarget.check("https://bff.example/hooks",
                "whsec_not*base64*at*all*0123456789abcdef", false)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> WebhookTarget.check("https://bff.example/hooks",
                "whsec_c2hvcnQ=" + "=".repeat(24), false)).isInstanceOf(ProblemException.class);
        WebhookTarget.check("https://bff.example/hooks", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false);
    }
}
