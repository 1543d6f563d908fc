package dev.remotecommands.otp.service;

/** Why a code was not sent; the name is the {@code reason} of {@code OtpDeliveryReported} (status THROTTLED). */
public enum ThrottleReason {
    /** The number belongs to a country outside {@code otp.allowed-countries} (or to none). */
    COUNTRY_NOT_ALLOWED,
    /** A code went to this phone for this purpose less than {@code otp.resend-cooldown} ago. */
    RESEND_COOLDOWN,
    /** {@code otp.limits.per-phone-per-hour} codes already went to this phone within the hour. */
    PHONE_HOURLY_LIMIT,
    /** {@code otp.limits.per-account-per-hour} codes already went out for this account within the hour. */
    ACCOUNT_HOURLY_LIMIT
}
