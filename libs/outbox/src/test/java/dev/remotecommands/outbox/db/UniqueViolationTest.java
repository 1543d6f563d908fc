package dev.remotecommands.outbox.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

class UniqueViolationTest {

    @Test
    void aUniqueViolationOfTheReactiveClientIsFoundUnderWrappers() {
        PgException duplicate = new PgException("duplicate key value violates unique constraint", "ERROR",
                UniqueViolation.SQL_STATE, null);

        assertThat(UniqueViolation.isCauseOf(duplicate)).isTrue();
        assertThat(UniqueViolation.isCauseOf(new CompletionException(new IllegalStateException(duplicate))))
                .isTrue();
    }

    @Test
    void aUniqueViolationReportedByHibernateCounts() {
        var duplicate = new ConstraintViolationException("could not execute statement",
                new SQLException("duplicate key", UniqueViolation.SQL_STATE), "commands_idempotency_key");

        assertThat(UniqueViolation.isCauseOf(new RuntimeException(duplicate))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotUniqueViolations() {
        PgException foreignKey = new PgException("violates foreign key constraint", "ERROR", "23503", null);

        assertThat(UniqueViolation.isCauseOf(foreignKey)).isFalse();
        assertThat(UniqueViolation.isCauseOf(new ConstraintViolationException("not null",
                new SQLException("null value", "23502"), "commands_vin"))).isFalse();
        assertThat(UniqueViolation.isCauseOf(new IllegalStateException("connection closed"))).isFalse();
    }
}
