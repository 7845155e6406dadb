package org.whatmatters.backend.app.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.outbox.OutboundMessage;
import org.whatmatters.backend.outbox.Outbox;
import org.whatmatters.backend.outbox.OutboxLane;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;

/**
 * An app message's fallback timer: if the app has not fetched it, it goes by SMS instead (the same
 * text, in the same lane), unless the person opted out of SMS. A message whose push was accepted
 * (its own or a later one's) waits until {@code fallback-after}; one whose push was never confirmed
 * falls back at {@code fallback-unconfirmed}; a crisis message at {@code crisis-fallback-after},
 * pushed or not. Runs at least once: a second run does nothing.
 */
@Singleton
class AppFallbackWork implements org.whatmatters.backend.schedule.DueWork {

    private static final Logger LOG = LoggerFactory.getLogger(AppFallbackWork.class);

    private final AppMessageRepository messages;
    private final PersonRepository people;
    private final Outbox outbox;
    private final AppDelivery delivery;
    private final org.whatmatters.backend.schedule.DueWorkScheduler scheduler;
    private final Clock clock;

    AppFallbackWork(
            AppMessageRepository messages,
            PersonRepository people,
            Outbox outbox,
            AppDelivery delivery,
            org.whatmatters.backend.schedule.DueWorkScheduler scheduler,
            Clock clock) {
        this.scheduler = scheduler;
        this.messages = messages;
        this.people = people;
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return AppDelivery.FALLBACK;
    }

    @Override
    @Transactional
    public void run(String data) {
        Long id = Long.valueOf(data);
        OutboundMessage message = messages.lockWaitingInApp(id).orElse(null);
        if (message == null
                || "sent-by-sms".equals(message.deliveryStatus())
                || "not-sent-opted-out".equals(message.deliveryStatus())) {
            return;
        }
        Instant now = clock.instant();
        boolean crisis = message.lane() == OutboxLane.CRISIS;
        if (!crisis
                && messages.countPushedSince(message.personId(), id) > 0
                && now.isBefore(delivery.confirmedFallbackAt(message.createdAt()))) {
            // a push told them (this message's or a later one's): the full wait applies
            scheduler.schedule(
                    AppDelivery.FALLBACK,
                    id + "-pushed",
                    data,
                    delivery.confirmedFallbackAt(message.createdAt()));
            return;
        }
        Person person = people.lockById(message.personId()).orElseThrow();
        if (person.optedOutAt() != null) {
            messages.markDelivery(id, "not-sent-opted-out", now);
            LOG.info(
                    "app message {} not fetched; not sent by SMS either: the person opted out of SMS",
                    id);
            return;
        }
        outbox.queue(person, Channel.SMS, message.body(), message.inReplyTo(), message.lane());
        messages.markDelivery(id, "sent-by-sms", now);
        LOG.info("app message {} not fetched in time: sent by SMS instead", id);
    }
}
