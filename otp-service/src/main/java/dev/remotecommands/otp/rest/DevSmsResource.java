package dev.remotecommands.otp.rest;

import dev.remotecommands.otp.config.OtpConfig;
import dev.remotecommands.otp.config.SmsProvider;
import dev.remotecommands.otp.problem.Problems;
import dev.remotecommands.otp.repository.SmsInboxRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The local SMS inbox, standing for the driver's phone in local runs: the messages sent to a number, newest
 * first. Answers 404 unless the local inbox is the SMS provider (decided at runtime, so one jar serves both).
 */
@Path("/dev/sms")
public class DevSmsResource {

    static final int MAX_MESSAGES = 50;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final boolean enabled;
    private final SmsInboxRepository inbox;

    @Inject
    public DevSmsResource(OtpConfig config, SmsInboxRepository inbox) {
        this(config.sms().provider() == SmsProvider.LOCAL, inbox);
    }

    DevSmsResource(boolean enabled, SmsInboxRepository inbox) {
        this.enabled = enabled;
        this.inbox = inbox;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<SmsView>> messages(@QueryParam("phone") String phone) {
        if (!enabled) {
            throw Problems.localInboxDisabled();
        }
        String number = normalise(phone);
        return Panache.withSession(() -> inbox.newestFor(number, MAX_MESSAGES))
                .map(messages -> messages.stream()
                        .map(message -> new SmsView(message.toPhone, message.body, message.sentAt))
                        .toList());
    }

    /** An unencoded {@code +} in a query string arrives as a space: accept {@code ?phone=+33612345678} as typed. */
    static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            throw Problems.phoneRequired();
        }
        String number = phone.strip().replace(" ", "");
        if (!number.startsWith("+")) {
            number = "+" + number;
        }
        if (!E164.matcher(number).matches()) {
            throw Problems.malformedPhone(phone);
        }
        return number;
    }
}
