package dev.remotecommands.otp;

import static dev.remotecommands.infrastructure.testing.TestKafka.records;
import static dev.remotecommands.otp.testing.Fixture.awaitInbox;
import static dev.remotecommands.otp.testing.Fixture.codeIn;
import static dev.remotecommands.otp.testing.Fixture.exactlyReportsFor;
import static dev.remotecommands.otp.testing.Fixture.inbox;
import static dev.remotecommands.otp.testing.Fixture.metrics;
import static dev.remotecommands.otp.testing.Fixture.newAccount;
import static dev.remotecommands.otp.testing.Fixture.newPhone;
import static dev.remotecommands.otp.testing.Fixture.outcome;
import static dev.remotecommands.otp.testing.Fixture.produce;
import static dev.remotecommands.otp.testing.Fixture.request;
import static dev.remotecommands.otp.testing.Fixture.sendAndAwaitReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.otp.service.CodeMac;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class OtpRequestedTest {

    private static final String DELIVERIES = "otp_deliveries_total";

    @Inject
    Pool pool;

    @Inject
    CodeMac mac;

    @Test
    void aRedeliveredRequestSendsNoSecondSmsAndIsReportedOnce() {
        String account = newAccount();
        OtpRequested request = request(account, newPhone());
        MetricsScrape before = metrics();

        produce(request);
        produce(request);

        List<Map<String, Object>> reports = exactlyReportsFor(account, 1, Duration.ofSeconds(3));
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report).containsEntry("requestId", request.requestId().toString())
                    .containsEntry("accountId", account)
                    .containsEntry("status", "SENT");
        });
        assertThat(inbox(request.phone())).hasSize(1);
        MetricsScrape after = metrics();
        assertThat(after.sum(DELIVERIES, "outcome", "SENT", "reason", "none"))
                .isEqualTo(before.sum(DELIVERIES, "outcome", "SENT", "reason", "none") + 1);
        assertThat(after.labelValues()).noneMatch(value -> value.contains(request.phone()) || value.contains(account));
        List<ConsumerRecord<String, String>> records = records(Topics.OTP_DELIVERY_REPORTED, account, 1);
        assertThat(new String(records.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("dev.remotecommands.OtpDeliveryReported");
    }

    @Test
    void theSmsCarriesACodeOfTheRequestedLengthAndSaysWhatItIsFor() {
        OtpRequested device = request(newAccount(), newPhone(), OtpPurpose.DEVICE_REGISTRATION, 9);
        produce(device);

        Map<String, Object> sms = awaitInbox(device.phone(), 1).get(0);
        assertThat(codeIn(sms)).matches("[0-9]{9}");
        assertThat(sms).containsEntry("to", device.phone());
        assertThat((String) sms.get("body"))
                .startsWith("Remote Commands: your code to register your smartphone is ")
                .endsWith("It expires in 10 minutes. Never share it.");
        assertThat(outcome(device.requestId(), codeIn(sms))).isEqualTo("VALID");

        OtpRequested phone = request(newAccount(), newPhone(), OtpPurpose.TRUSTED_PHONE, 6);
        produce(phone);
        Map<String, Object> trustedPhoneSms = awaitInbox(phone.phone(), 1).get(0);
        assertThat(codeIn(trustedPhoneSms)).matches("[0-9]{6}");
        assertThat((String) trustedPhoneSms.get("body")).contains("your code to define your trusted phone is");
    }

    @Test
    void onlyAKeyedMacOfTheCodeIsStored() {
        OtpRequested request = request(newAccount(), newPhone());
        produce(request);
        String code = codeIn(awaitInbox(request.phone(), 1).get(0));

        Row row = pool.preparedQuery("select * from otp_challenge where request_id = $1")
                .execute(Tuple.of(request.requestId())).await().atMost(Duration.ofSeconds(10))
                .iterator().next();
        StringBuilder everyColumn = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            Object value = row.getValue(i);
            everyColumn.append(value instanceof io.vertx.mutiny.core.buffer.Buffer buffer
                    ? HexFormat.of().formatHex(buffer.getBytes()) + " " + buffer
                    : String.valueOf(value)).append('|');
        }
        assertThat(everyColumn.toString()).doesNotContain(code);
        byte[] stored = row.getBuffer("code_mac").getBytes();
        assertThat(stored).hasSize(32).isEqualTo(mac.of(request.requestId(), code));
        // the request id is part of the MAC: the same code of another challenge hashes differently
        assertThat(mac.of(java.util.UUID.randomUUID(), code)).isNotEqualTo(stored);
    }

    @Test
    void aRequestThatExpiredBeforeItCouldBeSentIsReportedFailedWithoutSms() {
        Instant at = Instant.now().minusSeconds(700).truncatedTo(ChronoUnit.MILLIS);
        OtpRequested stale = new OtpRequested(UUID.randomUUID(), newAccount(), newPhone(), OtpPurpose.TRUSTED_PHONE, 6,
                at.plusSeconds(600), at);

        assertThat(sendAndAwaitReport(stale)).containsEntry("status", "FAILED")
                .containsEntry("reason", "EXPIRED_BEFORE_SENDING");
        assertThat(inbox(stale.phone())).isEmpty();
        assertThat(outcome(stale.requestId(), "123456")).isEqualTo("EXHAUSTED");
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsHandled() {
        String account = newAccount();
        String badPhone = "{\"requestId\":\"" + java.util.UUID.randomUUID() + "\",\"accountId\":\"" + account
                + "\",\"phone\":\"0612345678\",\"purpose\":\"TRUSTED_PHONE\",\"codeLength\":6,"
                + "\"expiresAt\":\"2030-01-01T00:00:00Z\",\"at\":\"2026-01-01T00:00:00Z\"}";
        produce(account, "this is not json");
        produce(account, badPhone);
        OtpRequested next = request(account, newPhone());
        produce(next);

        assertThat(awaitInbox(next.phone(), 1)).hasSize(1);
        assertThat(records(Topics.deadLetter(Topics.OTP_REQUESTED), account, 2))
                .extracting(ConsumerRecord::value).containsExactly("this is not json", badPhone);
    }
}
