package org.whatmatters.backend.followup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * db-scheduler on the service's own database: due contacts, reminders and "unreachable" checks survive
 * restarts, and however many instances run, each task is claimed and run by one.
 * <p>
 * Two views of one table. Tasks are <em>scheduled</em> through Micronaut's transaction-aware DataSource, so a
 * task row commits or rolls back with the contact change that made it. They are <em>run</em> by the scheduler
 * on the pool itself (the transaction-aware wrapper has no connection outside a transaction), which starts
 * polling only once the whole application has started: a start-up that fails part-way leaves no threads
 * behind. Work that is due at once is looked for as soon as its transaction commits, not at the next poll.
 * The scheduler reads the application's clock, so tests move time instead of waiting.
 */
@Singleton
public class ContactScheduler {

    static final String TASK = "follow-up-contact";

    private final OneTimeTask<String> task;
    private final Scheduler scheduler;
    private final SchedulerClient client;
    private final ApplicationEventPublisher<DueNow> dueNow;
    private final Clock clock;
    private volatile boolean started;

    /** Published when a task is scheduled for now or earlier; acted on once its transaction commits. */
    record DueNow() {
    }

    ContactScheduler(DataSource dataSource, BeanProvider<FollowUpTasks> tasks, FollowUpSettings settings, Clock clock,
                     ApplicationEventPublisher<DueNow> dueNow) {
        this.clock = clock;
        this.dueNow = dueNow;
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        JdbcCustomization utc = new AutodetectJdbcCustomization(pool, true);
        this.task = Tasks.oneTime(TASK, String.class).execute((instance, context) -> tasks.get().run(TaskRef.parse(instance.getData())));
        this.scheduler = Scheduler.create(pool, task)
                .jdbcCustomization(utc)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .clock(clock::instant)
                // a task cut off by shutdown is picked up again once its heartbeat goes stale
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        this.client = SchedulerClient.Builder.create(dataSource, task).jdbcCustomization(utc).build();
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        scheduler.start();
        started = true;
    }

    /** Runs {@code step} of the contact at {@code due} (at the next poll if it is already due), once, in the caller's transaction. */
    void schedule(TaskRef step, Instant due) {
        client.schedule(task.instance(step.instanceId(), step.data()), due);
        if (!due.isAfter(clock.instant())) {
            dueNow.publishEvent(new DueNow());
        }
    }

    @TransactionalEventListener
    void afterCommit(DueNow due) {
        checkNow();
    }

    /** Looks for due work at once rather than at the next poll (after work was scheduled for now, or time moved). */
    public void checkNow() {
        if (started) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @PreDestroy
    void stop() {
        if (started) {
            scheduler.stop();
        }
    }
}
