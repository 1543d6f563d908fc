package dev.remotecommands.otp.service;

import dev.remotecommands.otp.config.OtpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sending limits, checked before a code is generated or sent: allowed countries (against SMS pumping to
 * premium ranges), the resend cooldown per phone and purpose, and the hourly limits per phone and per account.
 */
@ApplicationScoped
public class SendingPolicy {

    static final Duration HOUR = Duration.ofHours(1);

    private final Set<String> allowedCountries;
    private final Duration resendCooldown;
    private final int perPhonePerHour;
    private final int perAccountPerHour;

    @Inject
    public SendingPolicy(OtpConfig config) {
        this(config.allowedCountries(), config.resendCooldown(), config.limits().perPhonePerHour(),
                config.limits().perAccountPerHour());
    }

    public SendingPolicy(Set<String> allowedCountries, Duration resendCooldown, int perPhonePerHour,
            int perAccountPerHour) {
        this.allowedCountries = allowedCountries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.resendCooldown = resendCooldown;
        this.perPhonePerHour = perPhonePerHour;
        this.perAccountPerHour = perAccountPerHour;
    }

    /** Whether numbers of this country (ISO alpha-2; empty when the number has none) may receive codes. */
    public boolean countryAllowed(Optional<String> country) {
        return country.map(c -> allowedCountries.contains(c.toUpperCase(Locale.ROOT))).orElse(false);
    }

    /** Codes requested after this instant count against the cooldown of a request made at {@code requestedAt}. */
    public Instant cooldownStart(Instant requestedAt) {
        return requestedAt.minus(resendCooldown);
    }

    /** Codes requested after this instant count against the hourly limits of a request made at {@code requestedAt}. */
    public Instant hourStart(Instant requestedAt) {
        return requestedAt.minus(HOUR);
    }

    /** Why the request must not be sent, or empty when it may go out. */
    public Optional<ThrottleReason> refusal(Optional<String> country, SendingHistory history) {
        if (!countryAllowed(country)) {
            return Optional.of(ThrottleReason.COUNTRY_NOT_ALLOWED);
        }
        if (history.sentWithinCooldown()) {
            return Optional.of(ThrottleReason.RESEND_COOLDOWN);
        }
        if (history.sentToPhoneLastHour() >= perPhonePerHour) {
            return Optional.of(ThrottleReason.PHONE_HOURLY_LIMIT);
        }
        if (history.sentForAccountLastHour() >= perAccountPerHour) {
            return Optional.of(ThrottleReason.ACCOUNT_HOURLY_LIMIT);
        }
        return Optional.empty();
    }
}
