package dev.remotecommands.enrollment.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.contracts.otp.OtpVerificationOutcome;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * Answers otp-service's verification call as the real service would, for one challenge (request id) at a time.
 * Talks to the WireMock server over its admin API, so it works whatever class loader the test runs in.
 */
public final class FakeOtpService {

    private static WireMock client;

    private FakeOtpService() {
    }

    private static synchronized WireMock client() {
        if (client == null) {
            URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.otp-service.url", String.class));
            client = new WireMock(url.getHost(), url.getPort());
        }
        return client;
    }

    /** The right code is VALID; any other is WRONG with 4 attempts left. */
    public static void expectCode(String requestId, String code) {
        String path = OtpVerification.pathOf(requestId);
        client().register(post(urlEqualTo(path)).atPriority(5).willReturn(result(OtpVerificationOutcome.WRONG, 4)));
        client().register(post(urlEqualTo(path)).atPriority(1)
                .withRequestBody(equalToJson("{\"code\":\"" + code + "\"}"))
                .willReturn(result(OtpVerificationOutcome.VALID, 0)));
    }

    /** Every check of this challenge gets this outcome. */
    public static void answer(String requestId, OtpVerificationOutcome outcome, int attemptsLeft) {
        client().register(post(urlEqualTo(OtpVerification.pathOf(requestId))).atPriority(1)
                .willReturn(result(outcome, attemptsLeft)));
    }

    /** otp-service hangs longer than enrollment-service waits. */
    public static void hang(String requestId) {
        client().register(post(urlEqualTo(OtpVerification.pathOf(requestId))).atPriority(1)
                .willReturn(okJson("{\"outcome\":\"VALID\",\"attemptsLeft\":0}").withFixedDelay(5_000)));
    }

    public static int checksOf(String requestId) {
        return client().find(postRequestedFor(urlEqualTo(OtpVerification.pathOf(requestId)))).size();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder result(
            OtpVerificationOutcome outcome, int attemptsLeft) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"outcome\":\"" + outcome + "\",\"attemptsLeft\":" + attemptsLeft + "}");
    }
}
