package org.whatmatters.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;

/**
 * The audit of staff reads is append-only in the database itself (migration V21): plain JDBC, as an
 * operator or a careless query would run it, can neither change nor delete a row; only the
 * retention purge removes rows, and only those older than its cut-off.
 */
@MicronautTest(environments = "test", transactional = false)
class AuditAppendOnlyTest {

    private static final Instant OLD = Instant.parse("2020-01-01T10:00:00Z");
    private static final Instant RECENT = Instant.parse("2026-11-20T10:00:00Z");

    @Inject ApplicationContext context;
    @Inject AuditPurge purge;

    private Database database;

    @BeforeEach
    void twoReads() {
        database = new Database(context);
        database.clearAudit();
        for (Instant at : List.of(OLD, RECENT)) {
            database.update(
                    "INSERT INTO staff_read (staff, roles, person_id, route, path, read_at) VALUES ('sam', 'PARTNER', 7, "
                            + "'GET /partner/people/{personId}', '/partner/people/7', ?)",
                    Timestamp.from(at));
        }
    }

    @Test
    void anUpdateOfAnAuditRowIsRefused() {
        assertThatThrownBy(() -> database.update("UPDATE staff_read SET staff = 'someone else'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                        () ->
                                database.update(
                                        "UPDATE staff_read SET read_at = ? WHERE read_at = ?",
                                        Timestamp.from(OLD),
                                        Timestamp.from(RECENT)))
                .hasStackTraceContaining("append-only");
        assertThat(database.query("SELECT DISTINCT staff FROM staff_read"))
                .containsExactly(List.of("sam"));
    }

    @Test
    void aDeleteOfAnAuditRowIsRefusedEvenAnOldOne() {
        assertThatThrownBy(() -> database.update("DELETE FROM staff_read"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                        () ->
                                database.update(
                                        "DELETE FROM staff_read WHERE read_at < ?",
                                        Timestamp.from(RECENT)))
                .hasStackTraceContaining("append-only");
        assertThat(database.count("staff_read")).isEqualTo(2);
    }

    @Test
    void theRetentionPurgeRemovesOnlyRowsOlderThanItsCutOff() {
        assertThat(purge.deleteOlderThan(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(1);

        assertThat(database.count("staff_read")).isEqualTo(1);
        assertThat(database.query("SELECT read_at FROM staff_read").get(0).get(0).toString())
                .startsWith("2026-11-20");
        assertThatThrownBy(() -> database.update("DELETE FROM staff_read"))
                .as("the purge's cut-off does not outlive it")
                .hasStackTraceContaining("append-only");
    }
}
