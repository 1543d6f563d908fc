package dev.remotecommands.otp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.remotecommands.otp.sms.HttpSmsSender;
import dev.remotecommands.otp.sms.SmsReceipt;
import dev.remotecommands.otp.sms.SmsSendingException;
import dev.remotecommands.otp.testing.FakeSmsProviderResource;
import dev.remotecommands.otp.testing.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/** The HTTP adapter against a WireMock fake of the Twilio-style messages API. */
@QuarkusTest
class HttpSmsSenderTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + FakeSmsProviderResource.ACCOUNT_SID
            + "/Messages.json";
    private static final String CREATED = """
            {"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued", "to": "+33612345678"}""";

    @Inject
    HttpSmsSender sender;

    private final WireMock provider = Fixture.smsProvider();

    @BeforeEach
    void resetProvider() {
        provider.resetMappings();
        provider.resetRequests();
        provider.resetScenarios();
    }

    @Test
    void anAcceptedMessageGivesTheProvidersReceipt() {
        provider.register(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));

        SmsReceipt receipt = send();

        assertThat(receipt).isEqualTo(new SmsReceipt("SM0123456789abcdef0123456789abcdef", "queued"));
        provider.verifyThat(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        FakeSmsProviderResource.ACCOUNT_SID, FakeSmsProviderResource.AUTH_TOKEN))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo("+33612345678"))
                .withFormParam("From", equalTo(FakeSmsProviderResource.FROM))
                .withFormParam("Body", equalTo("Remote Commands: your code is 123456.")));
    }

    @Test
    void anUnavailableProviderIsRetriedAndTheMessageGoesOutOnce() {
        provider.register(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"message\": \"Service Unavailable\"}"))
                .willSetStateTo("recovered"));
        provider.register(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CREATED)));

        assertThat(send().messageId()).isEqualTo("SM0123456789abcdef0123456789abcdef");
        provider.verifyThat(2, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void tooManyRequestsIsRetriedToo() {
        provider.register(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": 20429, \"message\": \"Too Many Requests\"}")));

        Throwable failure = catchThrowable(this::send);

        assertThat(failure).isInstanceOf(SmsSendingException.class);
        assertThat(((SmsSendingException) failure).reason()).isEqualTo(SmsSendingException.Reason.PROVIDER_UNAVAILABLE);
        // the first try and three retries
        provider.verifyThat(4, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aRefusedMessageFailsAtOnceWithTheProvidersMessage() {
        provider.register(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"code": 21211, "message": "The 'To' number +33612345678 is not a valid phone number.",
                         "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""")));

        Throwable failure = catchThrowable(this::send);

        assertThat(failure).isInstanceOf(SmsSendingException.class)
                .hasMessageContaining("is not a valid phone number");
        assertThat(((SmsSendingException) failure).reason()).isEqualTo(SmsSendingException.Reason.PROVIDER_REJECTED);
        provider.verifyThat(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeFailsWithoutASecondTry() {
        provider.register(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED).withFixedDelay(3_000)));

        Throwable failure = catchThrowable(this::send);

        assertThat(failure).isInstanceOf(SmsSendingException.class);
        assertThat(((SmsSendingException) failure).reason()).isEqualTo(SmsSendingException.Reason.PROVIDER_TIMEOUT);
        // it may have been sent: a second try could send the code twice
        provider.verifyThat(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    private SmsReceipt send() {
        return sender.send("+33612345678", "Remote Commands: your code is 123456.").await()
                .atMost(Duration.ofSeconds(20));
    }
}
