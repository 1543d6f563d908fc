package dev.remotecommands.otp;

import static dev.remotecommands.otp.testing.Fixture.awaitInbox;
import static dev.remotecommands.otp.testing.Fixture.newAccount;
import static dev.remotecommands.otp.testing.Fixture.newPhone;
import static dev.remotecommands.otp.testing.Fixture.produce;
import static dev.remotecommands.otp.testing.Fixture.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@QuarkusTest
class DevSmsTest {

    @Test
    void theLocalInboxListsAPhonesMessagesNewestFirst() {
        String phone = newPhone();
        String account = newAccount();
        OtpRequested first = request(account, phone, OtpPurpose.TRUSTED_PHONE, 6);
        OtpRequested second = request(account, phone, OtpPurpose.DEVICE_REGISTRATION, 9);
        produce(first);
        awaitInbox(phone, 1);
        produce(second);

        List<Map<String, Object>> messages = awaitInbox(phone, 2);
        assertThat(messages).extracting(m -> m.get("to")).containsOnly(phone);
        assertThat((String) messages.get(0).get("body")).contains("register your smartphone");
        assertThat((String) messages.get(1).get("body")).contains("define your trusted phone");
        assertThat(Instant.parse((String) messages.get(0).get("sentAt")))
                .isAfterOrEqualTo(Instant.parse((String) messages.get(1).get("sentAt")));
    }

    @Test
    void aPlusTypedUnencodedInTheQueryStillFindsTheNumber() {
        String phone = newPhone();
        produce(request(newAccount(), phone));
        awaitInbox(phone, 1);

        // "?phone=+336..." as typed in a shell: the + arrives as a space
        given().urlEncodingEnabled(false).when().get("/dev/sms?phone=" + phone)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].to", equalTo(phone));
    }

    @Test
    void aMissingOrMalformedPhoneIsABadRequestProblem() {
        given().when().get("/dev/sms").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/phone-required"));
        given().queryParam("phone", "0612345678x").when().get("/dev/sms").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/malformed-phone"));
    }
}
