package org.whatmatters.backend.followup;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.whatmatters.backend.schedule.DueWorkScheduler;

/** Puts a step of a follow-up contact on the scheduler, in the caller's transaction. */
@Singleton
class ContactSchedule {

    private final DueWorkScheduler scheduler;

    ContactSchedule(DueWorkScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(TaskRef step, Instant due) {
        scheduler.schedule(FollowUpTasks.KIND, step.instanceId(), step.data(), due);
    }
}
