package org.whatmatters.backend.errors;

import io.micronaut.http.HttpStatus;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What kind of failure reached the top of a request, read from the exception's causes by type only
 * (never by its message, which may quote SQL, a column or a submitted value). It is all a log line
 * or an answer says about the failure, with a reference.
 */
enum ErrorCategory {

    /**
     * No connection could be had within the pool's timeout (a database outage): 503, so Twilio and
     * clients retry.
     */
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** A unique or foreign key refused a row. */
    DATABASE_CONSTRAINT("database-constraint", HttpStatus.INTERNAL_SERVER_ERROR),
    /** A value the column cannot hold (too long, out of range, not in its character set). */
    DATABASE_VALUE("database-value", HttpStatus.INTERNAL_SERVER_ERROR),
    /** Any other database failure. */
    DATABASE("database", HttpStatus.INTERNAL_SERVER_ERROR),
    /** Anything else. */
    UNEXPECTED("unexpected", HttpStatus.INTERNAL_SERVER_ERROR);

    final String label;
    final HttpStatus status;

    ErrorCategory(String label, HttpStatus status) {
        this.label = label;
        this.status = status;
    }

    static ErrorCategory of(Throwable failure) {
        ErrorCategory found = UNEXPECTED;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure;
                cause != null && seen.put(cause, true) == null;
                cause = cause.getCause()) {
            ErrorCategory category = one(cause);
            if (category == DATABASE_UNAVAILABLE) {
                return category;
            }
            if (category.ordinal() < found.ordinal()) {
                found = category;
            }
        }
        return found;
    }

    private static ErrorCategory one(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return DATABASE_UNAVAILABLE;
        }
        if (cause instanceof SQLIntegrityConstraintViolationException || sqlState(cause, "23")) {
            return DATABASE_CONSTRAINT;
        }
        if (cause instanceof SQLDataException || sqlState(cause, "22")) {
            return DATABASE_VALUE;
        }
        if (sqlState(cause, "08")) {
            return DATABASE_UNAVAILABLE;
        }
        if (cause instanceof SQLException
                || cause.getClass().getName().startsWith("io.micronaut.data.")
                || cause.getClass().getName().startsWith("io.micronaut.transaction.")) {
            return DATABASE;
        }
        return UNEXPECTED;
    }

    /**
     * SQLSTATE classes: 08 connection, 22 data, 23 integrity (the same on H2, MySQL and MariaDB).
     */
    private static boolean sqlState(Throwable cause, String sqlClass) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(sqlClass);
    }
}
