package org.whatmatters.backend.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.support.Database;

/**
 * Two schedulers on one database (two instances of the service): each piece of due work runs once.
 * On MariaDB (TEST_DATASOURCE_URL) they claim with FOR UPDATE SKIP LOCKED; on H2 with
 * db-scheduler's conditional update.
 */
class DueWorkSchedulerTest {

    @Test
    void twoSchedulersOnOneDatabaseRunEachDueTaskOnce() {
        int tasks = 300;
        CountingWork.RUNS.clear();
        CountingWork.RUN_BY.clear();
        try (ApplicationContext first = start("first");
                ApplicationContext second = start("second")) {
            Database database = new Database(first);
            database.clear();
            DueWorkScheduler scheduler = first.getBean(DueWorkScheduler.class);
            var now = first.getBean(Clock.class).instant();
            for (int i = 0; i < tasks; i++) {
                scheduler.schedule(CountingWork.KIND, "t" + i, "t" + i, now);
            }
            second.getBean(DueWorkScheduler.class).checkNow();

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () ->
                                    CountingWork.RUNS.size() == tasks
                                            && database.queryForLong(
                                                            "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'due-work'")
                                                    == 0);

            assertThat(CountingWork.RUNS.values())
                    .as("runs per task")
                    .hasSize(tasks)
                    .containsOnly(1);
            database.clear();
        }
    }

    @Test
    void settingsHaveTheirDefaultsInTheRecordAndTheDeploymentsNames() {
        try (ApplicationContext app =
                ApplicationContext.run(Map.of("whatmatters.schedule.threads", 3), "test")) {
            ScheduleSettings settings = app.getBean(ScheduleSettings.class);
            assertThat(settings.threads()).isEqualTo(3);
            assertThat(settings.lockAndFetch()).isTrue();
            assertThat(settings.pollingInterval())
                    .isEqualTo(Duration.ofMillis(200)); // application-test.yml
        }
    }

    private static ApplicationContext start(String name) {
        return ApplicationContext.run(
                Map.of(
                        "test.counting-due-work",
                        "true",
                        "test.instance-name",
                        name,
                        "micronaut.server.port",
                        -1),
                "test");
    }
}
