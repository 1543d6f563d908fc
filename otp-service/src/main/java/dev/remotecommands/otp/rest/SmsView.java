package dev.remotecommands.otp.rest;

import java.time.Instant;

/** A message of the local SMS inbox. */
public record SmsView(String to, String body, Instant sentAt) {
}
