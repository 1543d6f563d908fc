package dev.remotecommands.otp.sms;

/** What the provider answered for an accepted SMS: its message id and status (e.g. "queued"). */
public record SmsReceipt(String messageId, String status) {
}
