package org.whatmatters.backend.followup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;

/**
 * db-scheduler on the service's own database: due contacts survive restarts, and however many instances run,
 * each contact's task is claimed and run by one. It is given the pool itself, not Micronaut's
 * transaction-aware wrapper (which has no connection outside a transaction). It starts polling only once the
 * whole application has started: a start-up that fails part-way leaves no scheduler threads behind.
 */
@Singleton
public class ContactScheduler {

    static final String TASK = "follow-up-contact";

    private final OneTimeTask<Long> task;
    private final Scheduler scheduler;
    private volatile boolean started;

    ContactScheduler(DataSource dataSource, ContactStarter starter, FollowUpSettings settings) {
        this.task = Tasks.oneTime(TASK, Long.class).execute((instance, context) -> starter.start(instance.getData()));
        this.scheduler = Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource), task)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                // a contact cut off by shutdown is picked up again once its heartbeat goes stale
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        scheduler.start();
        started = true;
    }

    /** Runs the contact at {@code due} (at once if it is already due), once. */
    public void schedule(Long contactId, Instant due) {
        scheduler.schedule(task.instance("contact-" + contactId, contactId), due);
    }

    @PreDestroy
    void stop() {
        if (started) {
            scheduler.stop();
        }
    }
}
