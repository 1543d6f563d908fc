package dev.remotecommands.otp.sms;

import io.smallrye.mutiny.Uni;

/**
 * The provider port: sends one SMS. The item is the provider's receipt; a failure is an
 * {@link SmsSendingException} saying whether the provider refused, was unreachable or did not answer in time.
 */
public interface SmsSender {

    Uni<SmsReceipt> send(String toE164, String body);
}
