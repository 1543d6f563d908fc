package dev.remotecommands.bridge.service;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Wake-ups are counted per car and calendar month in UTC, whatever the car's or the server's time zone. */
public final class WakeUpMonth {

    private WakeUpMonth() {
    }

    /** The month an instant counts in, as {@code YYYY-MM}. */
    public static String of(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
    }

    /** The month before the one of this instant: counts of months before it are no longer needed. */
    public static String previous(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC)).minusMonths(1).toString();
    }
}
