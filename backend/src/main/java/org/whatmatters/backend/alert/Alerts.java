package org.whatmatters.backend.alert;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEventRaised;
import org.whatmatters.backend.person.PersonEventRepository;
import org.whatmatters.backend.problem.NotFound;
import org.whatmatters.backend.schedule.DueWorkScheduler;

/**
 * Turns what happened into alerts for the people who need to know, in the transaction that raised
 * it: the alerts, their sending and the escalation check are committed with the event or not at
 * all. An alert is acknowledged by its recipient (link or API); acknowledging any alert of an event
 * stops its escalation.
 */
@Singleton
public class Alerts {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertTargets targets;
    private final AlertRepository alerts;
    private final PersonEventRepository events;
    private final DueWorkScheduler scheduler;
    private final EscalationTimes escalationTimes;
    private final Clock clock;

    Alerts(
            AlertTargets targets,
            AlertRepository alerts,
            PersonEventRepository events,
            DueWorkScheduler scheduler,
            EscalationTimes escalationTimes,
            Clock clock) {
        this.targets = targets;
        this.alerts = alerts;
        this.events = events;
        this.scheduler = scheduler;
        this.escalationTimes = escalationTimes;
        this.clock = clock;
    }

    @EventListener
    void onRaised(PersonEventRaised raised) {
        PersonEvent event = raised.event();
        List<AlertTarget> first = targets.first(event);
        if (first.isEmpty()) {
            return;
        }
        first.forEach(
                target -> create(event, 0, target, event.urgency() == PersonEvent.Urgency.URGENT));
        scheduler.schedule(
                AlertEscalation.KIND,
                event.id() + "-1",
                event.id() + "/1",
                escalationTimes.firstEscalation(event, first));
        LOG.info(
                "event {} ({} {}): {} alert(s) made",
                event.id(),
                event.urgency(),
                event.kind(),
                first.size());
    }

    /** Alerts for one escalation level: an escalation goes on every channel the recipient has. */
    void escalate(PersonEvent event, int level, List<AlertTarget> to) {
        to.forEach(target -> create(event, level, target, true));
        LOG.warn(
                "event {} ({} {}) not acknowledged: escalated to level {} ({} alert(s))",
                event.id(),
                event.urgency(),
                event.kind(),
                level,
                to.size());
    }

    /**
     * The recipient acknowledges: their alert, and with it the event, which escalates no further.
     */
    @Transactional
    public Alert acknowledge(Alert alert, String by) {
        Alert locked = alerts.lockById(alert.id()).orElseThrow();
        if (locked.acknowledgedAt() != null) {
            return locked;
        }
        Instant now = clock.instant();
        Alert acknowledged = alerts.update(locked.acknowledged(by, now));
        events.findById(locked.eventId())
                .filter(event -> event.handledAt() == null)
                .ifPresent(
                        event ->
                                events.update(
                                        new PersonEvent(
                                                event.id(),
                                                event.personId(),
                                                event.kind(),
                                                event.urgency(),
                                                event.detail(),
                                                event.createdAt(),
                                                now,
                                                by)));
        LOG.info("alert {} acknowledged by {}", alert.id(), by);
        return acknowledged;
    }

    public Alert byToken(String token) {
        return alerts.findByToken(token).orElseThrow(() -> new NotFound("no such alert"));
    }

    private void create(PersonEvent event, int level, AlertTarget target, boolean everyChannel) {
        List<org.whatmatters.notifications.delivery.DeliveryChannel> reachable = target.reachable();
        Alert alert =
                alerts.save(
                        new Alert(
                                null,
                                event.id(),
                                event.personId(),
                                event.kind(),
                                event.urgency(),
                                level,
                                target.recipient(),
                                target.recipientId(),
                                target.name(),
                                target.phone(),
                                target.email(),
                                target.pushAccounts().isEmpty()
                                        ? null
                                        : String.join(
                                                ",",
                                                target.pushAccounts().stream()
                                                        .map(String::valueOf)
                                                        .toList()),
                                Alert.channels(reachable),
                                everyChannel,
                                target.identifying(),
                                token(),
                                clock.instant(),
                                null,
                                null));
        if (reachable.isEmpty()) {
            LOG.error(
                    "alert {} to {} has no way to reach them: add their phone or email to the directory",
                    alert.id(),
                    target.recipient());
            return;
        }
        scheduler.schedule(
                AlertSending.KIND, alert.id() + "-0", String.valueOf(alert.id()), clock.instant());
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
