package org.whatmatters.backend.alert;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.push.PushSetup;
import org.whatmatters.backend.schedule.DueWork;
import org.whatmatters.backend.schedule.DueWorkScheduler;
import org.whatmatters.backend.twilio.SmsGateway;
import org.whatmatters.notifications.delivery.DeliveryChannel;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.delivery.FallbackOrder;
import org.whatmatters.notifications.delivery.NextStep;
import org.whatmatters.notifications.email.EmailMessage;
import org.whatmatters.notifications.push.FirebasePush;
import org.whatmatters.notifications.push.PushMessage;
import org.whatmatters.notifications.sms.SmsMessage;

/**
 * Sends an alert, by the notifications' {@link FallbackOrder}: routine alerts go on the recipient's
 * first channel that works, falling back to the next when one refuses it (an SMTP rejection, an
 * unregistered device, a number Twilio later reports failed or undelivered); urgent ones go on
 * every channel they have. A failure that may pass (a network error, a busy provider) is tried
 * again under the alert's {@link org.whatmatters.notifications.delivery.RetryPolicy} before moving
 * on. Every attempt is recorded; nothing about the person is in any of them.
 *
 * <p>The scheduler's thread only decides and records: each attempt is saved as SENDING and handed
 * to its channel's own threads ({@link AlertLanes}), which ask the provider and record its answer.
 * A relay that stalls therefore holds up neither follow-up contacts nor escalations (the
 * scheduler's work), nor the alert's other channels. An attempt still SENDING after {@code
 * recoverAfter} (the instance stopped mid-send, or the lane's queue was full) is failed as {@code
 * interrupted} by {@link AlertSendCheck} and made again: an alert may then arrive twice, never not
 * at all.
 */
@Singleton
class AlertSending implements DueWork {

    static final String KIND = "alert-send";
    private static final Logger LOG = LoggerFactory.getLogger(AlertSending.class);

    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final StaffDeviceRepository devices;
    private final AlertTexts texts;
    private final SmsGateway sms;
    private final EmailSetup email;
    private final PushSetup push;
    private final DueWorkScheduler scheduler;
    private final AlertSettings settings;
    private final AlertLanes lanes;
    private final AlertSendingSettings sending;
    private final Clock clock;

    AlertSending(
            AlertRepository alerts,
            AlertDeliveryRepository deliveries,
            StaffDeviceRepository devices,
            AlertTexts texts,
            SmsGateway sms,
            EmailSetup email,
            PushSetup push,
            DueWorkScheduler scheduler,
            AlertSettings settings,
            AlertLanes lanes,
            AlertSendingSettings sending,
            Clock clock) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.devices = devices;
        this.texts = texts;
        this.sms = sms;
        this.email = email;
        this.push = push;
        this.scheduler = scheduler;
        this.settings = settings;
        this.lanes = lanes;
        this.sending = sending;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Not in one transaction: each attempt's outcome is kept as soon as the provider answers.
     * {@code data} is the alert's id, then "/CHANNEL" when a particular channel is due (a retry, or
     * the fallback after a text that did not arrive); without it, the alert's first send: its first
     * channel, or every channel for an urgent one.
     */
    @Override
    public void run(String data) {
        String[] parts = data.split("/");
        Alert alert = alerts.findById(Long.valueOf(parts[0])).orElse(null);
        if (alert == null || alert.acknowledgedAt() != null) {
            return;
        }
        List<AlertDelivery> sofar = deliveries.findByAlertIdOrderById(alert.id());
        FallbackOrder order = new FallbackOrder(alert.channelOrder());
        Set<DeliveryChannel> available = EnumSet.noneOf(DeliveryChannel.class);
        alert.channelOrder().stream().filter(this::configured).forEach(available::add);
        if (parts.length > 1) {
            send(alert, DeliveryChannel.valueOf(parts[1]), order, available, sofar);
        } else if (alert.everyChannel()) {
            available.forEach(channel -> send(alert, channel, order, available, sofar));
        } else if (sofar.isEmpty()) {
            order.first(available)
                    .ifPresentOrElse(
                            channel -> send(alert, channel, order, available, sofar),
                            () ->
                                    LOG.error(
                                            "alert {} to {}: none of its channels is configured here",
                                            alert.id(),
                                            alert.recipient()));
        }
    }

    /**
     * One attempt on {@code channel}: recorded as SENDING, with a check that it was answered, then
     * handed to the channel's threads. Nothing if an attempt on it went out already or is under way
     * (a repeated run of this work).
     */
    private void send(
            Alert alert,
            DeliveryChannel channel,
            FallbackOrder order,
            Set<DeliveryChannel> available,
            List<AlertDelivery> sofar) {
        if (sofar.stream()
                .anyMatch(delivery -> delivery.channel() == channel && delivery.succeeded())) {
            return;
        }
        Instant now = clock.instant();
        AlertDelivery attempt = deliveries.save(AlertDelivery.sending(alert.id(), channel, now));
        scheduler.schedule(
                AlertSendCheck.KIND,
                String.valueOf(attempt.id()),
                String.valueOf(attempt.id()),
                now.plus(sending.recoverAfter()));
        if (!lanes.submit(channel, () -> answer(alert, attempt))) {
            LOG.warn(
                    "alert {}: the {} sending queue is full; the attempt is made again in {}",
                    alert.id(),
                    channel,
                    sending.recoverAfter());
        }
    }

    /**
     * On the channel's thread: the provider is asked, its answer kept, and on a failure what comes
     * next.
     */
    private void answer(Alert alert, AlertDelivery attempt) {
        AlertDelivery answered;
        try {
            answered = attempt(alert, attempt.channel(), attempt);
        } catch (RuntimeException e) {
            LOG.error(
                    "alert {}: sending by {} failed unexpectedly",
                    alert.id(),
                    attempt.channel(),
                    e);
            return; // still SENDING: made again after recoverAfter
        }
        int changed =
                deliveries.finishSending(
                        attempt.id(),
                        answered.status().name(),
                        answered.retryable(),
                        answered.providerId(),
                        answered.errorCode(),
                        answered.detail(),
                        answered.updatedAt());
        if (changed == 1 && !answered.succeeded()) {
            afterFailure(alert, answered);
        }
    }

    /**
     * What {@link FallbackOrder} says after a failed attempt: retry it later, go on to the next
     * channel (routine alerts; an urgent one is on every channel already), or give up and say so.
     * Each as work of its own.
     */
    void afterFailure(Alert alert, AlertDelivery failedAttempt) {
        DeliveryChannel channel = failedAttempt.channel();
        List<AlertDelivery> sofar = deliveries.findByAlertIdOrderById(alert.id());
        long onChannel = sofar.stream().filter(delivery -> delivery.channel() == channel).count();
        Set<DeliveryChannel> available = EnumSet.noneOf(DeliveryChannel.class);
        alert.channelOrder().stream().filter(this::configured).forEach(available::add);
        DeliveryResult.Failed failed =
                new DeliveryResult.Failed(
                        failedAttempt.errorCode(),
                        failedAttempt.detail(),
                        failedAttempt.retryable());
        NextStep next =
                new FallbackOrder(alert.channelOrder())
                        .afterFailure(
                                channel,
                                failed,
                                (int) onChannel,
                                settings.retryPolicy(),
                                available);
        if (next instanceof NextStep.Retry retry) {
            schedule(alert, channel, sofar.size(), clock.instant().plus(retry.delay()));
        } else if (next instanceof NextStep.Fallback fallback && !alert.everyChannel()) {
            schedule(alert, fallback.channel(), sofar.size(), clock.instant());
        } else if (next instanceof NextStep.GiveUp && !alert.everyChannel()) {
            LOG.error(
                    "alert {} to {} could not be delivered on any channel",
                    alert.id(),
                    alert.recipient());
        }
    }

    /**
     * A provider reported later that a message it took did not arrive: on to the alert's next
     * channel, now.
     */
    void afterUndelivered(Alert alert, DeliveryChannel channel, int attemptsSoFar) {
        Set<DeliveryChannel> available = EnumSet.noneOf(DeliveryChannel.class);
        alert.channelOrder().stream().filter(this::configured).forEach(available::add);
        new FallbackOrder(alert.channelOrder())
                .nextAfter(channel, available)
                .ifPresentOrElse(
                        next -> schedule(alert, next, attemptsSoFar, clock.instant()),
                        () ->
                                LOG.error(
                                        "alert {} to {}: its last channel did not deliver it",
                                        alert.id(),
                                        alert.recipient()));
    }

    private void schedule(Alert alert, DeliveryChannel channel, int attempt, Instant at) {
        scheduler.schedule(
                KIND, alert.id() + "-" + channel + "-" + attempt, alert.id() + "/" + channel, at);
    }

    private boolean configured(DeliveryChannel channel) {
        return switch (channel) {
            case SMS -> sms.sms().isPresent();
            case EMAIL -> email.email().isPresent();
            case PUSH -> push.firebase().isPresent();
        };
    }

    private AlertDelivery attempt(Alert alert, DeliveryChannel channel, AlertDelivery sending) {
        Instant at = sending.attemptedAt();
        DeliveryResult result;
        try {
            result =
                    switch (channel) {
                        case SMS ->
                                sms.sms()
                                        .orElseThrow()
                                        .send(
                                                new SmsMessage(
                                                        alert.phone(),
                                                        texts.sms(alert),
                                                        sms.statusCallback()));
                        case EMAIL ->
                                email.email()
                                        .orElseThrow()
                                        .send(
                                                new EmailMessage(
                                                        alert.email(),
                                                        texts.subject(alert),
                                                        texts.email(alert)));
                        case PUSH -> pushToDevices(alert);
                    };
        } catch (RuntimeException e) {
            LOG.error("alert {}: sending by {} failed unexpectedly", alert.id(), channel, e);
            result = new DeliveryResult.Failed("internal", e.getClass().getSimpleName(), true);
        }
        if (result instanceof DeliveryResult.Accepted accepted) {
            LOG.info("alert {} to {} accepted by {}", alert.id(), alert.recipient(), channel);
            return new AlertDelivery(
                    sending.id(),
                    alert.id(),
                    channel,
                    AlertDelivery.Status.ACCEPTED,
                    false,
                    accepted.providerId(),
                    null,
                    null,
                    at,
                    clock.instant());
        }
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        LOG.warn(
                "alert {} to {} refused by {} ({}{})",
                alert.id(),
                alert.recipient(),
                channel,
                failed.errorCode(),
                failed.retryable() ? ", may be tried again" : "");
        String reason =
                failed.reason() == null
                        ? null
                        : failed.reason().substring(0, Math.min(300, failed.reason().length()));
        return new AlertDelivery(
                sending.id(),
                alert.id(),
                channel,
                AlertDelivery.Status.FAILED,
                failed.retryable(),
                null,
                failed.errorCode(),
                reason,
                at,
                clock.instant());
    }

    /**
     * To every device of the recipient's staff accounts; taken if any device took it. Devices
     * Firebase no longer knows are forgotten.
     */
    private DeliveryResult pushToDevices(Alert alert) {
        List<StaffDevice> targets = devices.findByStaffAccountIdIn(alert.pushAccountIds());
        if (targets.isEmpty()) {
            return new DeliveryResult.Failed("no-device", "no registered device", false);
        }
        FirebasePush firebase = new FirebasePush(push.firebase().orElseThrow());
        Optional<DeliveryResult.Accepted> taken = Optional.empty();
        List<DeliveryResult.Failed> failures = new ArrayList<>();
        for (StaffDevice device : targets) {
            DeliveryResult result =
                    firebase.send(
                            new PushMessage(
                                    device.token(),
                                    texts.pushTitle(alert),
                                    texts.pushBody(alert),
                                    Map.of(
                                            "link",
                                            texts.link(alert),
                                            "urgency",
                                            alert.urgency().name()),
                                    alert.urgency()
                                            == org.whatmatters.backend.person.PersonEvent.Urgency
                                                    .URGENT));
            if (result instanceof DeliveryResult.Accepted accepted) {
                taken = taken.or(() -> Optional.of(accepted));
            } else {
                DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
                failures.add(failed);
                if ("unregistered".equals(failed.errorCode())
                        || "invalid-token".equals(failed.errorCode())) {
                    devices.deleteByToken(device.token());
                }
            }
        }
        if (taken.isPresent()) {
            return taken.get();
        }
        boolean retryable = failures.stream().anyMatch(DeliveryResult.Failed::retryable);
        return new DeliveryResult.Failed(
                failures.get(0).errorCode(), failures.size() + " device(s) refused", retryable);
    }
}
