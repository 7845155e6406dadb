package org.whatmatters.backend.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.MariaDBJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.MySQL8JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * db-scheduler on the service's own database, for every {@link DueWork}: work due at a time
 * survives restarts, and however many instances run, each piece is claimed and run by one.
 *
 * <p>Two views of one table. Work is <em>scheduled</em> through Micronaut's transaction-aware
 * DataSource, so a task row commits or rolls back with the change that made it. It is <em>run</em>
 * by the scheduler on the pool itself (the transaction-aware wrapper has no connection outside a
 * transaction), which starts polling only once the whole application has started: a start-up that
 * fails part-way leaves no threads behind. Work due at once is looked for as soon as its
 * transaction commits, not at the next poll. The scheduler reads the application's clock, so tests
 * move time instead of waiting.
 */
@Singleton
public class DueWorkScheduler {

    static final String TASK = "due-work";
    private static final String SEPARATOR = "|";

    private final OneTimeTask<String> task;
    private final Scheduler scheduler;
    private final SchedulerClient client;
    private final ApplicationEventPublisher<DueNow> dueNow;
    private final Clock clock;
    private volatile boolean started;
    private volatile Map<String, DueWork> byKind;

    /**
     * Published when work is scheduled for now or earlier; acted on once its transaction commits.
     */
    record DueNow() {}

    DueWorkScheduler(
            DataSource dataSource,
            BeanProvider<DueWork> work,
            Clock clock,
            ApplicationEventPublisher<DueNow> dueNow,
            ScheduleSettings settings) {
        this.clock = clock;
        this.dueNow = dueNow;
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        JdbcCustomization utc = customization(pool, settings.lockAndFetch());
        this.task =
                Tasks.oneTime(TASK, String.class)
                        .execute(
                                (instance, context) -> {
                                    Map<String, DueWork> byKind = kinds(work);
                                    String data = instance.getData();
                                    int split = data.indexOf(SEPARATOR);
                                    DueWork handler = byKind.get(data.substring(0, split));
                                    if (handler == null) {
                                        throw new IllegalStateException(
                                                "no work of kind " + data.substring(0, split));
                                    }
                                    handler.run(data.substring(split + 1));
                                });
        SchedulerBuilder builder =
                Scheduler.create(pool, task)
                        .jdbcCustomization(utc)
                        .threads(settings.threads())
                        .pollingInterval(settings.pollingInterval())
                        .clock(clock::instant)
                        // picked_by tells instances on one host apart (db-scheduler's default is
                        // the host name alone)
                        .schedulerName(
                                new SchedulerName.Fixed(
                                        new SchedulerName.Hostname().getName()
                                                + "-"
                                                + ProcessHandle.current().pid()))
                        // work cut off by shutdown is picked up again once its heartbeat goes stale
                        .shutdownMaxWait(Duration.ofSeconds(10));
        if (utc.supportsGenericLockAndFetch() || utc.supportsSingleStatementLockAndFetch()) {
            // claim up to 4 × threads at a time, fetch again below 1 × threads: the threads never
            // wait on a poll
            builder.pollUsingLockAndFetch(1.0, 4.0);
        }
        this.scheduler = builder.build();
        this.client =
                SchedulerClient.Builder.create(dataSource, task).jdbcCustomization(utc).build();
    }

    /**
     * db-scheduler's own detection, except that MariaDB (10.6 and later) claims with {@code FOR
     * UPDATE SKIP LOCKED} too, which db-scheduler's MariaDB settings leave off for older servers.
     * Timestamps are kept in UTC.
     */
    static JdbcCustomization customization(DataSource pool, boolean lockAndFetch) {
        if (lockAndFetch) {
            try (Connection connection = pool.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                String product =
                        meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
                if (product.contains("MariaDB")
                        && (meta.getDatabaseMajorVersion() > 10
                                || (meta.getDatabaseMajorVersion() == 10
                                        && meta.getDatabaseMinorVersion() >= 6)
                                || meta.getDatabaseMajorVersion() == 5)) {
                    return new SkipLockedMariaDb();
                }
                if (product.startsWith("MySQL") && meta.getDatabaseMajorVersion() >= 8) {
                    return new MySQL8JdbcCustomization(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot tell which database the scheduler runs on", e);
            }
        }
        return new AutodetectJdbcCustomization(pool, true);
    }

    /**
     * MariaDB 10.6+: {@code SELECT ... LIMIT n FOR UPDATE SKIP LOCKED}, built as for MySQL 8
     * (db-scheduler's MariaDB settings put the LIMIT after the locking clause, which MariaDB
     * rejects, so they leave lock-and-fetch off).
     */
    static final class SkipLockedMariaDb extends MariaDBJdbcCustomization {
        private final MySQL8JdbcCustomization query = new MySQL8JdbcCustomization(true);

        SkipLockedMariaDb() {
            super(true);
        }

        @Override
        public boolean supportsGenericLockAndFetch() {
            return true;
        }

        @Override
        public String createGenericSelectForUpdateQuery(
                String tableName, int limit, String requiredAndCondition, boolean orderByPriority) {
            return query.createGenericSelectForUpdateQuery(
                    tableName, limit, requiredAndCondition, orderByPriority);
        }
    }

    /** The kinds of work, found once (lazily: the work needs beans that need this scheduler). */
    private Map<String, DueWork> kinds(BeanProvider<DueWork> work) {
        Map<String, DueWork> known = byKind;
        if (known == null) {
            known =
                    work.stream()
                            .collect(
                                    Collectors.toUnmodifiableMap(
                                            DueWork::kind, Function.identity()));
            byKind = known;
        }
        return known;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        scheduler.start();
        started = true;
    }

    /**
     * Runs {@code kind}'s work with {@code data} at {@code due} (at once if already due), once, in
     * the caller's transaction (or a transaction of its own). {@code instanceId} names it;
     * scheduling the same id again while it waits changes nothing.
     */
    @Transactional
    public void schedule(String kind, String instanceId, String data, Instant due) {
        client.scheduleIfNotExists(
                task.instance(kind + "-" + instanceId, kind + SEPARATOR + data), due);
        if (!due.isAfter(clock.instant())) {
            dueNow.publishEvent(new DueNow());
        }
    }

    @TransactionalEventListener
    void afterCommit(DueNow due) {
        checkNow();
    }

    /**
     * Looks for due work at once rather than at the next poll (after work was scheduled for now, or
     * time moved).
     */
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
