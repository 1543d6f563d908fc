package dev.remotecommands.systemtests.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.SmsInbox;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A new driver as the BFF meets one: a fresh user of the realm registers a car outside the simulated fleet,
 * activates remote commands and defines a trusted phone of its own, confirmed by the SMS code it receives.
 */
public final class NewAccount {

    /** What the new driver holds once the trusted phone is defined. */
    public record TrustedPhone(String accessToken, String vin, String phoneE164, String nationalNumber,
            String smsCode) {
    }

    private NewAccount() {
    }

    public static TrustedPhone withTrustedPhone(Platform platform, String usernamePrefix) {
        String username = usernamePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new KeycloakAdmin(platform.infrastructure().keycloak().url()).createUser(username, username);
        String token = platform.accessToken(username, username);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        // a car of this account only, outside the fleet: the trusted phone comes after its activation
        String vin = "VF7SWEEPCAR" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String enrollment = platform.enrollmentServiceUrl();
        assertThat(RawHttp.send("POST", enrollment + "/v1/vehicles", headers,
                "{\"vin\":\"" + vin + "\",\"nickname\":\"New\"}").status()).isEqualTo(201);
        String terms = RawHttp.send("GET", enrollment + "/v1/terms/remote-commands", headers, (byte[]) null).json()
                .path("version").asText();
        RawHttp.Answer activated = RawHttp.send("POST", enrollment + "/v1/vehicles/" + vin
                + "/remote-commands/activation", headers,
                "{\"termsVersion\":\"" + terms + "\",\"termsAccepted\":true,\"preferences\":{}}");
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        // 06 1x xx xx xx: a valid French mobile range (not every 06 number is: 06 91... is refused)
        String digits = String.format("%08d", 10_000_000 + ThreadLocalRandom.current().nextInt(10_000_000));
        RawHttp.Answer sent = RawHttp.send("POST", enrollment + "/v1/trusted-phone", headers,
                "{\"country\":\"FR\",\"number\":\"06" + digits + "\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String phone = "+336" + digits;
        SmsInbox.Sms sms = new SmsInbox(platform.url(LocalPlatform.OTP), phone).nextCode(6);
        RawHttp.Answer verified = RawHttp.send("POST", enrollment + "/v1/trusted-phone/verification", headers,
                "{\"code\":\"" + sms.code() + "\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return new TrustedPhone(token, vin, phone, "06" + digits, sms.code());
    }
}
