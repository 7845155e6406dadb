package org.whatmatters.backend.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A failure's category comes from the types and SQLSTATEs in its causes, never from a message. */
class ErrorCategoryTest {

    @Test
    void aPoolTimeoutAnywhereInTheCausesIsTheDatabaseBeingUnavailable() {
        Exception failure =
                new DataAccessException(
                        "Error executing PERSIST: ...",
                        new SQLTransientConnectionException(
                                "HikariPool-1 - Connection is not available, request timed out after 3000ms."));

        assertThat(ErrorCategory.of(failure)).isEqualTo(ErrorCategory.DATABASE_UNAVAILABLE);
        assertThat(ErrorCategory.of(failure).status.getCode()).isEqualTo(503);
        assertThat(ErrorCategory.of(new SQLException("gone", "08S01")))
                .isEqualTo(ErrorCategory.DATABASE_UNAVAILABLE);
    }

    @Test
    void constraintsAndValuesAreToldApartBySqlState() {
        assertThat(
                        ErrorCategory.of(
                                new DataAccessException(
                                        "x",
                                        new SQLIntegrityConstraintViolationException(
                                                "Duplicate entry '+447700900123'"))))
                .isEqualTo(ErrorCategory.DATABASE_CONSTRAINT);
        assertThat(
                        ErrorCategory.of(
                                new DataAccessException(
                                        "x",
                                        new SQLException("Value too long for column", "22001"))))
                .isEqualTo(ErrorCategory.DATABASE_VALUE);
        assertThat(
                        ErrorCategory.of(
                                new DataAccessException("x", new SQLException("syntax", "42000"))))
                .isEqualTo(ErrorCategory.DATABASE);
    }

    @Test
    void anythingElseIsUnexpectedAndAServerError() {
        assertThat(ErrorCategory.of(new IllegalStateException("+447700900123")))
                .isEqualTo(ErrorCategory.UNEXPECTED);
        assertThat(ErrorCategory.of(new IllegalStateException("+447700900123")).status.getCode())
                .isEqualTo(500);
    }

    @Test
    void aCauseLoopEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertThat(ErrorCategory.of(second)).isEqualTo(ErrorCategory.UNEXPECTED);
    }
}
