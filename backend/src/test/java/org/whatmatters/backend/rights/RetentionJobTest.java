package org.whatmatters.backend.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.schedule.DueWorkScheduler;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.MovableClock;

/**
 * The daily retention job, on the shared scheduler, removes audit rows older than AUDIT_RETENTION
 * and keeps the rest.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "test.clock-start", value = "2026-12-01T10:00:00Z")
@Property(name = "whatmatters.retention.audit", value = "30d")
class RetentionJobTest {

    @Inject ApplicationContext context;
    @Inject MovableClock clock;
    @Inject DueWorkScheduler scheduler;

    @Test
    void auditRowsPastTheirRetentionGoAtTheNextDailyRun() {
        Database database = new Database(context);
        database.clearAudit();
        for (Instant at :
                List.of(
                        Instant.parse("2026-10-01T10:00:00Z"),
                        Instant.parse("2026-11-20T10:00:00Z"))) {
            database.update(
                    "INSERT INTO staff_read (staff, roles, route, path, read_at) VALUES ('sam', 'PARTNER', "
                            + "'GET /partner/caseload', '/partner/caseload', ?)",
                    Timestamp.from(at));
        }
        assertThat(database.count("staff_read")).isEqualTo(2);

        clock.advance(Duration.ofHours(18)); // past 03:00 the next day
        scheduler.checkNow();

        await().atMost(Duration.ofSeconds(15)).until(() -> database.count("staff_read") == 1);
        assertThat(database.query("SELECT read_at FROM staff_read").get(0).get(0).toString())
                .startsWith("2026-11-20");
        assertThat(database.count("scheduled_tasks WHERE task_instance = 'retention-2026-12-03'"))
                .as("the next day's run is scheduled")
                .isEqualTo(1);
    }
}
