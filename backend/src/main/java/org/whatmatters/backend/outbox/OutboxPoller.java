package org.whatmatters.backend.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends what is due and was not sent straight after commit: retries whose wait is over, and
 * messages a crash left pending or half-sent (their claim lapsed), and people a full sender queue
 * left out. Runs on every instance; the claim in {@link OutboxSender#attempt} keeps each message to
 * one sender.
 */
@Singleton
class OutboxPoller {

    private final OutboundMessageRepository messages;
    private final OutboxSender sender;
    private final Clock clock;

    OutboxPoller(OutboundMessageRepository messages, OutboxSender sender, Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.clock = clock;
    }

    /** People read from the table at a time. */
    static final int PAGE = 500;

    @Scheduled(
            fixedDelay = "${whatmatters.outbox.poll-interval:5s}",
            initialDelay = "${whatmatters.outbox.poll-initial-delay:2s}")
    void sendDue() {
        // hands people to the senders and returns: a hung call to Twilio never holds up the poller
        Instant now = clock.instant();
        handOver(
                OutboxLane.CRISIS,
                (after, limit) -> messages.findPeopleWithCrisisDue(now, after, limit));
        handOver(
                OutboxLane.ORDINARY,
                (after, limit) -> messages.findPeopleWithOrdinaryDue(now, after, limit));
    }

    private interface Page {
        List<Long> after(long personId, int limit);
    }

    /**
     * As many people as the lane's bounded queue has room for, page by page in id order; whoever
     * does not fit stays in the table (nothing is held in memory) and is found by a later poll.
     */
    private void handOver(OutboxLane lane, Page page) {
        long after = 0;
        while (true) {
            int room = sender.room(lane);
            if (room == 0) {
                return;
            }
            int limit = Math.min(room, PAGE);
            List<Long> people = page.after(after, limit);
            for (Long personId : people) {
                sender.offer(personId, lane);
            }
            if (people.size() < limit) {
                return;
            }
            after = people.get(people.size() - 1);
        }
    }
}
