package org.whatmatters.backend.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.schedule.*}: how each instance runs due work (follow-up contacts, reminders,
 * alerts to escalate). {@code pollingInterval}: how often it looks for due work when nothing told
 * it to look sooner. {@code threads}: due tasks run at once per instance, each in its own
 * transaction (so at most the connection pool's size, less what the web requests and the outbox
 * senders need). {@code lockAndFetch}: on MariaDB and MySQL 8, claim a batch of due tasks with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} in one transaction, so instances never try for the same
 * task; elsewhere (H2) each task is claimed on its own with a conditional update.
 */
@ConfigurationProperties("whatmatters.schedule")
public record ScheduleSettings(
        @Bindable(defaultValue = "10s") Duration pollingInterval,
        @Bindable(defaultValue = "4") int threads,
        @Bindable(defaultValue = "true") boolean lockAndFetch) {

    public ScheduleSettings {
        SettingChecks.positive("SCHEDULE_POLLING_INTERVAL", pollingInterval);
        if (threads < 1) {
            throw new InvalidSettingException(
                    "SCHEDULE_THREADS", "must be at least 1, was " + threads);
        }
    }
}
