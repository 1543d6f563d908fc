package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

class WakeUpMonthTest {

    @Test
    void theLastSecondOfAMonthAndTheFirstOfTheNextCountInDifferentMonths() {
        assertThat(WakeUpMonth.of(Instant.parse("2026-01-31T23:59:59.999Z"))).isEqualTo("2026-01");
        assertThat(WakeUpMonth.of(Instant.parse("2026-02-01T00:00:00Z"))).isEqualTo("2026-02");
    }

    @Test
    void monthsAreCalendarMonthsInUtcWhateverTheLocalTimeZone() {
        // Just after midnight in Paris on 1 December is still November in UTC.
        Instant parisMidnight = OffsetDateTime.parse("2026-12-01T00:30:00+01:00").toInstant();
        assertThat(WakeUpMonth.of(parisMidnight)).isEqualTo("2026-11");
        // And late on 31 December in New York is already January in UTC.
        Instant newYorkEvening = OffsetDateTime.parse("2026-12-31T20:00:00-05:00").toInstant();
        assertThat(WakeUpMonth.of(newYorkEvening)).isEqualTo("2027-01");
    }

    @Test
    void shortMonthsAndLeapDaysStayInTheirMonth() {
        assertThat(WakeUpMonth.of(Instant.parse("2028-02-29T12:00:00Z"))).isEqualTo("2028-02");
        assertThat(WakeUpMonth.of(Instant.parse("2028-03-01T00:00:00Z"))).isEqualTo("2028-03");
    }

    @Test
    void thePreviousMonthCrossesTheYear() {
        assertThat(WakeUpMonth.previous(Instant.parse("2027-01-15T00:00:00Z"))).isEqualTo("2026-12");
        assertThat(WakeUpMonth.previous(Instant.parse("2026-03-31T10:00:00Z"))).isEqualTo("2026-02");
    }

    @Test
    void monthKeysSortInCalendarOrder() {
        // The purge compares keys as text.
        assertThat("2026-09").isLessThan("2026-10");
        assertThat(WakeUpMonth.of(Instant.parse("2026-12-01T00:00:00Z")))
                .isLessThan(WakeUpMonth.of(Instant.parse("2027-01-01T00:00:00Z")));
    }
}
