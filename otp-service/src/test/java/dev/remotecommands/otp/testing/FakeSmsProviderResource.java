package dev.remotecommands.otp.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A WireMock fake of the Twilio-style messages API, and the HTTP adapter's settings pointing at it. Tests drive
 * it through WireMock's admin API ({@link Fixture#smsProvider()}). The service itself keeps the local inbox as
 * provider; the HTTP adapter is exercised directly.
 */
public class FakeSmsProviderResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "test-auth-token";
    public static final String FROM = "+15005550006";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of(
                "otp.sms.http.base-url", server.baseUrl(),
                "otp.sms.http.account-sid", ACCOUNT_SID,
                "otp.sms.http.auth-token", AUTH_TOKEN,
                "otp.sms.http.from", FROM,
                "otp.sms.http.read-timeout", "PT0.5S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
