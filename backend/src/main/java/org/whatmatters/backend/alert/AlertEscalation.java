package org.whatmatters.backend.alert;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.schedule.DueWork;
import org.whatmatters.backend.schedule.DueWorkScheduler;

/**
 * An alert's escalation time has come: if nobody acknowledged any alert of the event, the next
 * people are alerted (the team duty worker; for urgent ones, 30 minutes later, the partner's lead).
 * Recorded as alerts of their own, visible to the partner with every send and acknowledgement.
 */
@Singleton
class AlertEscalation implements DueWork {

    static final String KIND = "alert-escalation";

    private final PersonEventRepository events;
    private final AlertRepository alerts;
    private final AlertTargets targets;
    private final Alerts alerting;
    private final EscalationTimes times;
    private final DueWorkScheduler scheduler;

    AlertEscalation(
            PersonEventRepository events,
            AlertRepository alerts,
            AlertTargets targets,
            Alerts alerting,
            EscalationTimes times,
            DueWorkScheduler scheduler) {
        this.events = events;
        this.alerts = alerts;
        this.targets = targets;
        this.alerting = alerting;
        this.times = times;
        this.scheduler = scheduler;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    public void run(String data) {
        String[] parts = data.split("/");
        PersonEvent event = events.findById(Long.valueOf(parts[0])).orElse(null);
        int level = Integer.parseInt(parts[1]);
        if (event == null || event.handledAt() != null) {
            return;
        }
        boolean coordinatorTold =
                alerts.findByEventIdOrderById(event.id()).stream()
                        .anyMatch(
                                alert ->
                                        alert.level() == 0
                                                && alert.recipient() == Recipient.COORDINATOR);
        alerting.escalate(event, level, targets.escalation(event, level, coordinatorTold));
        if (event.urgency() == PersonEvent.Urgency.URGENT && level == 1) {
            scheduler.schedule(
                    KIND,
                    event.id() + "-2",
                    event.id() + "/2",
                    times.leadEscalation(times.firstEscalation(event, List.of())));
        }
    }
}
