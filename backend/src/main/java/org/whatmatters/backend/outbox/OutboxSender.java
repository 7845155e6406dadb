package org.whatmatters.backend.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.Person;
import org.whatmatters.backend.person.PersonRepository;
import org.whatmatters.backend.twilio.SmsGateway;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.RetryPolicy;
import org.whatmatters.notifications.sms.SmsMessage;
import org.whatmatters.notifications.sms.TwilioSms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

import com.google.common.util.concurrent.Striped;

/**
 * Sends outbox rows: at once after the transaction that wrote them commits, and again from
 * {@link OutboxPoller} for retries and for whatever a crash cut off. Each attempt starts with a claim
 * (a conditional update), so however many instances try, one sends. Logs ids and outcomes, never a
 * number or a text.
 */
@Context // its settings are checked at start-up, not at the first message
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final String NO_CREDENTIALS = "not sent: no Twilio credentials";
    static final String OPTED_OUT = "not sent: the person opted out (STOP) after it was written";

    private final OutboundMessageRepository messages;
    private final PersonRepository people;
    private final SmsGateway gateway;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration claimLease;
    private final RetryPolicy retryPolicy;
    private final Striped<Lock> perPerson = Striped.lock(64);

    public OutboxSender(OutboundMessageRepository messages, PersonRepository people, SmsGateway gateway, Clock clock,
                        OutboxSettings settings) {
        this.messages = messages;
        this.people = people;
        this.gateway = gateway;
        // A pool of our own, not Micronaut's instrumented one: that would carry the committed
        // transaction's (closed) connection into the task along with the rest of the request context.
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(settings.senderThreads(), task -> {
            Thread thread = new Thread(task, "outbox-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
        this.claimLease = settings.claimLease();
        this.retryPolicy = settings.retryPolicy();
    }

    @TransactionalEventListener
    void afterCommit(OutboxWritten written) {
        executor.execute(() -> sendDueFor(written.personId()));
    }

    /**
     * Sends a person's due messages one after another, oldest first: the replies of one turn arrive in
     * the order the conversation wrote them. One person's messages never go out in parallel from here.
     */
    void sendDueFor(Long personId) {
        Lock lock = perPerson.get(personId);
        lock.lock();
        try {
            for (Long id : messages.findUnsentIdsForPerson(personId)) {
                if (!attempt(id)) {
                    break; // not out yet (failed, not due, or held elsewhere): the rest wait behind it
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        // let sends in flight record their outcome before the database goes; a claim left behind lapses anyway
        executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * One attempt at one message, if it is due and nobody else holds it. True when the message is done
     * with (accepted, or failed for good), so the next one of the same person may go.
     */
    public boolean attempt(Long id) {
        Instant now = clock.instant();
        if (messages.claim(id, now, now.plus(claimLease)) == 0) {
            return false;
        }
        OutboundMessage message = messages.findById(id).orElseThrow();
        Instant optedOut = people.findById(message.personId()).map(Person::optedOutAt).orElse(null);
        if (optedOut != null && message.createdAt().isBefore(optedOut)) {
            // written before they said STOP (a reminder, a queued reply): it must not reach them now
            messages.markFinished(id, OutboundStatus.NOT_SENT, null, OPTED_OUT, clock.instant());
            LOG.info("outbound message {} {}", id, OPTED_OUT);
            return true;
        }
        Optional<TwilioSms> sms = gateway.sms();
        if (sms.isEmpty()) {
            messages.markFinished(id, OutboundStatus.NOT_SENT, null, NO_CREDENTIALS, clock.instant());
            LOG.info("outbound message {} {}", id, NO_CREDENTIALS);
            return true;
        }
        DeliveryResult result;
        try {
            result = sms.get().send(new SmsMessage(message.toAddress(), message.body(), gateway.statusCallback()));
        } catch (RuntimeException e) {
            result = new DeliveryResult.Failed("internal", e.getClass().getSimpleName(), true);
            LOG.error("outbound message {}: sending failed unexpectedly", id, e);
        }
        return record(message, result);
    }

    private boolean record(OutboundMessage message, DeliveryResult result) {
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Accepted accepted) {
            messages.markAccepted(message.id(), accepted.providerId(), accepted.providerStatus(), now);
            LOG.info("outbound message {} accepted by Twilio as {} after {} attempt(s)", message.id(), accepted.providerId(), message.attempts());
            return true;
        }
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        String detail = truncate(failed.reason());
        Optional<Duration> retry = failed.retryable() ? retryPolicy.delayAfter(message.attempts()) : Optional.empty();
        if (retry.isPresent()) {
            messages.markRetry(message.id(), now.plus(retry.get()), failed.errorCode(), detail, now);
            LOG.warn("outbound message {} attempt {} failed ({}); retrying in {}", message.id(), message.attempts(), failed.errorCode(), retry.get());
            return false;
        }
        messages.markFinished(message.id(), OutboundStatus.FAILED, failed.errorCode(), detail, now);
        LOG.error("outbound message {} failed for good after {} attempt(s) ({})", message.id(), message.attempts(), failed.errorCode());
        return true;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
    }
}
