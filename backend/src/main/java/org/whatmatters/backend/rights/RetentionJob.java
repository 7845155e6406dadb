package org.whatmatters.backend.rights;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.audit.AuditPurge;
import org.whatmatters.backend.ratelimit.SignInThrottle;
import org.whatmatters.backend.schedule.DueWork;
import org.whatmatters.backend.schedule.DueWorkScheduler;

/**
 * Once a day, on whichever instance claims it (db-scheduler): removes audit rows older than
 * AUDIT_RETENTION and erases people with no contact for PERSON_RETENTION ({@link Erasure}); forgets
 * old failed sign-ins. Each run schedules the next day's.
 */
@Singleton
class RetentionJob implements DueWork {

    static final String KIND = "retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final AuditPurge reads;
    private final SignInThrottle signIns;
    private final Erasure erasure;
    private final RetentionSettings settings;
    private final DueWorkScheduler scheduler;
    private final Clock clock;

    RetentionJob(
            AuditPurge reads,
            SignInThrottle signIns,
            Erasure erasure,
            RetentionSettings settings,
            DueWorkScheduler scheduler,
            Clock clock) {
        this.reads = reads;
        this.signIns = signIns;
        this.erasure = erasure;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        scheduleFor(
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .plusDays(1)); // the next 03:00 UTC, not at once
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    public void run(String day) {
        int audit = reads.deleteOlderThan(clock.instant().minus(settings.audit()));
        signIns.forgetOld();
        int people = erasure.eraseInactiveSince(clock.instant().minus(settings.person()));
        LOG.info(
                "retention: {} audit rows past AUDIT_RETENTION removed, {} people inactive past PERSON_RETENTION erased",
                audit,
                people);
        scheduleFor(LocalDate.parse(day).plusDays(1));
    }

    private void scheduleFor(LocalDate day) {
        scheduler.schedule(
                KIND, day.toString(), day.toString(), day.atTime(3, 0).toInstant(ZoneOffset.UTC));
    }
}
