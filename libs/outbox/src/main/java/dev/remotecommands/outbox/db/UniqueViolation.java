package dev.remotecommands.outbox.db;

import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;

/**
 * PostgreSQL's unique violation (SQLState 23505): how a service sees that a concurrent transaction won the same
 * key, so that one more attempt finds the winner's row.
 */
public final class UniqueViolation {

    static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** Whether the failure, or one of its causes, is a unique violation from the reactive client or Hibernate. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCException jdbc && SQL_STATE.equals(jdbc.getSQLState())) {
                return true;
            }
            if (cause instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
