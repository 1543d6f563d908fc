package dev.remotecommands.otp.config;

/** The SMS adapters; configuration spells them in lower case ({@code otp.sms.provider=local}). */
public enum SmsProvider {
    /** A Twilio-style HTTP messages API (production). */
    HTTP,
    /** The local inbox, read through {@code GET /dev/sms} (runtime profile {@code local}, tests). */
    LOCAL
}
