package dev.remotecommands.otp.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.remotecommands.otp.testing.Fixture.awaitReport;
import static dev.remotecommands.otp.testing.Fixture.newAccount;
import static dev.remotecommands.otp.testing.Fixture.newPhone;
import static dev.remotecommands.otp.testing.Fixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.otp.sms.HttpSmsSender;
import dev.remotecommands.otp.testing.FakeSmsProviderResource;
import dev.remotecommands.otp.testing.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * A request handled end to end with the HTTP adapter (the service itself runs on the local inbox): after a
 * retried send the outcome is recorded on the consumer's context and reported; a refusal is reported FAILED.
 */
@QuarkusTest
class ProviderDeliveryTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + FakeSmsProviderResource.ACCOUNT_SID
            + "/Messages.json";

    @Inject
    OtpRequests requests;

    @Inject
    HttpSmsSender http;

    @Inject
    Pool pool;

    private final WireMock provider = Fixture.smsProvider();

    @BeforeEach
    void resetProvider() {
        provider.resetMappings();
        provider.resetRequests();
        provider.resetScenarios();
    }

    @Test
    void aCodeSentAfterARetryIsRecordedAndReportedSent() throws Throwable {
        provider.register(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        provider.register(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM1\", \"status\": \"queued\"}")));
        OtpRequested request = request(newAccount(), newPhone());

        VertxContextSupport.subscribeAndAwait(() -> requests.handle(request, http));

        assertThat(awaitReport(request)).containsEntry("status", "SENT");
        assertThat(row(request).getString("status")).isEqualTo("SENT");
        provider.verifyThat(2, postRequestedFor(urlEqualTo(MESSAGES))
                .withFormParam("To", equalTo(request.phone()))
                .withFormParam("Body", matching("Remote Commands: your code to define your trusted phone is"
                        + " [0-9]{6}\\. It expires in 10 minutes\\. Never share it\\.")));
    }

    @Test
    void aRefusedSmsIsReportedFailedAndTheProvidersMessageKept() throws Throwable {
        provider.register(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\"}")));
        OtpRequested request = request(newAccount(), newPhone());

        VertxContextSupport.subscribeAndAwait(() -> requests.handle(request, http));

        assertThat(awaitReport(request)).containsEntry("status", "FAILED")
                .containsEntry("reason", "PROVIDER_REJECTED");
        Row row = row(request);
        assertThat(row.getString("status")).isEqualTo("FAILED");
        assertThat(row.getString("provider_message")).contains("unsubscribed recipient");
        provider.verifyThat(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    private Row row(OtpRequested request) {
        return pool.preparedQuery("select status, provider_message from otp_challenge where request_id = $1")
                .execute(Tuple.of(request.requestId())).await().atMost(Duration.ofSeconds(10)).iterator().next();
    }
}
