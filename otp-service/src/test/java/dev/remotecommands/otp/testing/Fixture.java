package dev.remotecommands.otp.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tests do the way enrollment-service and the driver's phone would. */
public final class Fixture {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE_IN_SMS = Pattern.compile(" is ([0-9]+)\\. ");

    private Fixture() {
    }

    /** A French mobile number no other test uses, so that tests do not share limits or inbox messages. */
    public static String newPhone() {
        return "+336" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public static String newAccount() {
        return UUID.randomUUID().toString();
    }

    public static OtpRequested request(String account, String phone, OtpPurpose purpose, int codeLength) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new OtpRequested(UUID.randomUUID(), account, phone, purpose, codeLength, now.plus(Duration.ofMinutes(10)),
                now);
    }

    public static OtpRequested request(String account, String phone) {
        return request(account, phone, OtpPurpose.TRUSTED_PHONE, 6);
    }

    /** Sends a record on {@code OtpRequested}, as enrollment-service would (or a broken producer). */
    public static void produce(String key, String payload) {
        TestKafka.produce(Topics.OTP_REQUESTED, key, payload);
    }

    public static void produce(OtpRequested request) {
        TestKafka.produce(Topics.OTP_REQUESTED, request.accountId(), request);
    }

    /** The local inbox of a phone, newest first, as {@code GET /dev/sms} gives it. */
    public static List<Map<String, Object>> inbox(String phone) {
        return given().queryParam("phone", phone).when().get("/dev/sms")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits until the phone has received {@code count} messages and gives them, newest first. */
    public static List<Map<String, Object>> awaitInbox(String phone, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(phone).size() >= count);
        return inbox(phone);
    }

    /** The code in an SMS body. */
    public static String codeIn(Map<String, Object> sms) {
        Matcher matcher = CODE_IN_SMS.matcher((String) sms.get("body"));
        if (!matcher.find()) {
            throw new AssertionError("no code in " + sms.get("body"));
        }
        return matcher.group(1);
    }

    /** Sends the request and gives the code the phone received for it. */
    public static String sendAndReadCode(OtpRequested request) {
        int before = inbox(request.phone()).size();
        produce(request);
        return codeIn(awaitInbox(request.phone(), before + 1).get(0));
    }

    public static Response verify(Object requestId, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/internal/v1/otp-challenges/{requestId}/verification", requestId);
    }

    public static String outcome(Object requestId, String code) {
        return verify(requestId, code).then().statusCode(200).extract().path("outcome");
    }

    /** Waits for exactly {@code expected} reports of the account, and checks that no more come during {@code quiet}. */
    public static List<Map<String, Object>> exactlyReportsFor(String account, int expected, Duration quiet) {
        return TestKafka.exactlyEvents(Topics.OTP_DELIVERY_REPORTED, account, expected, quiet, report -> true);
    }

    /** Produces the request and waits for its delivery report. */
    public static Map<String, Object> sendAndAwaitReport(OtpRequested request) {
        produce(request);
        return awaitReport(request);
    }

    /** The delivery report of one request. */
    public static Map<String, Object> awaitReport(OtpRequested request) {
        String id = request.requestId().toString();
        return TestKafka.events(Topics.OTP_DELIVERY_REPORTED, request.accountId(), 1,
                report -> id.equals(report.get("requestId"))).get(0);
    }

    /** WireMock's admin client for the fake SMS provider. */
    public static WireMock smsProvider() {
        URI base = URI.create(ConfigProvider.getConfig().getValue("otp.sms.http.base-url", String.class));
        return new WireMock(base.getHost(), base.getPort());
    }

    /** What Prometheus would scrape from the service now. */
    public static MetricsScrape metrics() {
        return MetricsScrape.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
