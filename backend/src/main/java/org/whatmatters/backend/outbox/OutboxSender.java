package org.whatmatters.backend.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.twilio.SmsGateway;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.RetryPolicy;
import org.whatmatters.notifications.sms.PriorSend;
import org.whatmatters.notifications.sms.SmsMessage;
import org.whatmatters.notifications.sms.TwilioSms;

/**
 * Sends outbox rows: at once after the transaction that wrote them commits, and again from {@link
 * OutboxPoller} for retries and for whatever a crash cut off. Each attempt starts with a claim (a
 * conditional update), so however many instances try, one sends; an attempt after one whose outcome
 * is not known first asks Twilio whether that one went. Two {@link PersonLane}s do the sending:
 * crisis replies have their own threads, and each lane works for a person on one thread at most.
 * Logs ids and outcomes, never a number or a text.
 */
@Context // its settings are checked at start-up, not at the first message
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final String NO_CREDENTIALS = "not sent: no Twilio credentials";
    static final String OPTED_OUT = "not sent: the person opted out (STOP) after it was written";

    /**
     * How much earlier than the doubtful attempt Twilio's list is read from: Twilio's clock and
     * ours may differ a little, and its date_created has whole seconds. Sids already recorded for
     * other messages are skipped, so a wider window cannot take an earlier message of the same text
     * for this one.
     */
    static final Duration LOOK_UP_MARGIN = Duration.ofMinutes(2);

    private final OutboundMessageRepository messages;
    private final SmsGateway gateway;
    private final Clock clock;
    private final Duration claimLease;
    private final RetryPolicy retryPolicy;
    private final PersonLane ordinary;
    private final PersonLane crisis;

    public OutboxSender(
            OutboundMessageRepository messages,
            SmsGateway gateway,
            Clock clock,
            OutboxSettings settings) {
        this.messages = messages;
        this.gateway = gateway;
        this.clock = clock;
        this.claimLease = settings.claimLease();
        this.retryPolicy = settings.retryPolicy();
        this.ordinary =
                new PersonLane(
                        "sender",
                        settings.senderThreads(),
                        settings.queueCapacity(),
                        this::sendOrdinaryFor);
        this.crisis =
                new PersonLane(
                        "crisis",
                        settings.crisisSenderThreads(),
                        settings.queueCapacity(),
                        this::sendCrisisFor);
    }

    @TransactionalEventListener
    void afterCommit(OutboxWritten written) {
        offer(written.personId(), written.lane());
    }

    /** Sends what is due for the person in that lane soon; returns at once. */
    void offer(Long personId, OutboxLane lane) {
        (lane == OutboxLane.CRISIS ? crisis : ordinary).offer(personId);
    }

    /**
     * How many more people that lane's bounded queue takes now; the rest wait in the table for the
     * poller.
     */
    int room(OutboxLane lane) {
        return (lane == OutboxLane.CRISIS ? crisis : ordinary).room();
    }

    /**
     * Sends a person's due ordinary messages one after another, oldest first: the replies of one
     * turn arrive in the order the conversation wrote them. Stops at an unsent crisis reply, which
     * its own lane sends.
     */
    void sendOrdinaryFor(Long personId) {
        for (Long id : messages.findUnsentOrdinaryIdsBeforeCrisisForPerson(personId)) {
            if (!attempt(id)) {
                break; // not out yet (failed, not due, held elsewhere): the rest wait behind it
            }
        }
    }

    /**
     * Sends a person's due crisis replies in order, whatever their ordinary messages are doing;
     * then the ordinary messages that waited behind them may go.
     */
    void sendCrisisFor(Long personId) {
        for (Long id : messages.findUnsentCrisisIdsForPerson(personId)) {
            if (!attempt(id)) {
                return;
            }
        }
        ordinary.offer(personId);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // let sends in flight record their outcome before the database goes; a claim left behind
        // lapses anyway
        crisis.stop(5, TimeUnit.SECONDS);
        ordinary.stop(5, TimeUnit.SECONDS);
    }

    /**
     * One attempt at one message, if it is due and nobody else holds it. True when the message is
     * done with (accepted, or failed for good), so the next one of the same person may go.
     */
    public boolean attempt(Long id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        if (messages.claim(id, now, now.plus(claimLease)) == 0) {
            return false;
        }
        Optional<OutboundMessage> unlessOptedOut = messages.findByIdUnlessOptedOutSince(id);
        OutboundMessage message =
                unlessOptedOut.orElseGet(() -> messages.findById(id).orElseThrow());
        if (message.providerId() != null) {
            // a status callback named this message while its create call went unanswered: Twilio
            // has it
            messages.markAccepted(
                    id,
                    message.providerId(),
                    message.deliveryStatus() == null ? "accepted" : message.deliveryStatus(),
                    clock.instant());
            LOG.info(
                    "outbound message {}: Twilio took it as {} (its status callback said so); not sent again",
                    id,
                    message.providerId());
            return true;
        }
        if (unlessOptedOut.isEmpty()) {
            // written before they said STOP (a reminder, a queued reply): it must not reach them
            // now
            messages.markFinished(id, OutboundStatus.NOT_SENT, null, OPTED_OUT, clock.instant());
            LOG.info("outbound message {} {}", id, OPTED_OUT);
            return true;
        }
        Optional<TwilioSms> sms = gateway.sms();
        if (sms.isEmpty()) {
            messages.markFinished(
                    id, OutboundStatus.NOT_SENT, null, NO_CREDENTIALS, clock.instant());
            LOG.info("outbound message {} {}", id, NO_CREDENTIALS);
            return true;
        }
        SmsMessage text =
                new SmsMessage(message.toAddress(), message.body(), statusCallbackFor(id));
        if (message.inDoubtSince() != null && message.inDoubtSince().isBefore(now)) {
            Optional<Boolean> done = askTwilioFirst(sms.get(), message, text);
            if (done.isPresent()) {
                return done.get();
            }
        }
        DeliveryResult result;
        try {
            result = sms.get().send(text);
        } catch (RuntimeException e) {
            // it may have failed after the request went out: treat it as a send whose outcome is
            // unknown
            result =
                    new DeliveryResult.Failed("internal", e.getClass().getSimpleName(), true, true);
            LOG.error("outbound message {}: sending failed unexpectedly", id, e);
        }
        return record(message, result);
    }

    /**
     * An earlier attempt may have reached Twilio: look for it in Twilio's Messages list. Empty when
     * it is not there (send now); otherwise whether the message is done with, as {@link #attempt}
     * returns it.
     */
    private Optional<Boolean> askTwilioFirst(
            TwilioSms sms, OutboundMessage message, SmsMessage text) {
        PriorSend prior;
        try {
            prior =
                    sms.lookUp(
                            text,
                            message.inDoubtSince().minus(LOOK_UP_MARGIN),
                            this::recordedForAnother);
        } catch (RuntimeException e) {
            LOG.error(
                    "outbound message {}: asking Twilio whether it went failed unexpectedly",
                    message.id(),
                    e);
            prior = new PriorSend.Unknown("internal: " + e.getClass().getSimpleName());
        }
        if (prior instanceof PriorSend.Found found) {
            messages.markAccepted(
                    message.id(), found.messageSid(), found.status(), clock.instant());
            LOG.info(
                    "outbound message {}: an earlier attempt reached Twilio as {}; not sent again",
                    message.id(),
                    found.messageSid());
            return Optional.of(true);
        }
        if (prior instanceof PriorSend.Unknown unknown) {
            LOG.warn(
                    "outbound message {}: cannot ask Twilio whether an earlier attempt went; not sending it yet",
                    message.id());
            return Optional.of(
                    record(
                            message,
                            new DeliveryResult.Failed("look-up", unknown.reason(), true, true)));
        }
        LOG.info("outbound message {}: Twilio has no earlier attempt of it; sending", message.id());
        return Optional.empty();
    }

    /**
     * A sid already recorded for one of our messages cannot be this one's (this one has none yet).
     */
    private boolean recordedForAnother(String sid) {
        return messages.existsByProviderId(sid);
    }

    /**
     * Twilio's status callbacks for this message come to a URL that names it, so a callback tells
     * us its sid even when the create call's answer never came.
     */
    private URI statusCallbackFor(Long id) {
        return URI.create(
                gateway.statusCallback() + "?" + DeliveryCallbacks.OUTBOX_PARAMETER + "=" + id);
    }

    private boolean record(OutboundMessage message, DeliveryResult result) {
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Accepted accepted) {
            messages.markAccepted(
                    message.id(), accepted.providerId(), accepted.providerStatus(), now);
            LOG.info(
                    "outbound message {} accepted by Twilio as {} after {} attempt(s)",
                    message.id(),
                    accepted.providerId(),
                    message.attempts());
            return true;
        }
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        String detail = truncate(failed.reason());
        Optional<Duration> retry =
                failed.retryable() ? retryPolicy.delayAfter(message.attempts()) : Optional.empty();
        int changed;
        if (retry.isPresent()) {
            Instant next = now.plus(retry.get());
            changed =
                    failed.maybeSent()
                            ? messages.markRetryInDoubt(
                                    message.id(), next, failed.errorCode(), detail, now)
                            : messages.markRetry(
                                    message.id(), next, failed.errorCode(), detail, now);
        } else {
            changed =
                    messages.markFinished(
                            message.id(), OutboundStatus.FAILED, failed.errorCode(), detail, now);
        }
        if (changed == 0) {
            LOG.info(
                    "outbound message {}: a status callback recorded meanwhile that Twilio took it; not sent again",
                    message.id());
            return true;
        }
        if (retry.isPresent() && failed.maybeSent()) {
            LOG.warn(
                    "outbound message {} attempt {}: no answer from Twilio ({}); asking whether it went in {}",
                    message.id(),
                    message.attempts(),
                    failed.errorCode(),
                    retry.get());
        } else if (retry.isPresent()) {
            LOG.warn(
                    "outbound message {} attempt {} failed ({}); retrying in {}",
                    message.id(),
                    message.attempts(),
                    failed.errorCode(),
                    retry.get());
        } else {
            LOG.error(
                    "outbound message {} failed for good after {} attempt(s) ({}{})",
                    message.id(),
                    message.attempts(),
                    failed.errorCode(),
                    failed.maybeSent() ? "; the last may have reached Twilio" : "");
        }
        return retry.isEmpty();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
    }
}
