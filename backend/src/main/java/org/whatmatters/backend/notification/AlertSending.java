package org.whatmatters.backend.notification;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.push.PushSetup;
import org.whatmatters.backend.schedule.DueWork;
import org.whatmatters.backend.schedule.DueWorkScheduler;
import org.whatmatters.backend.twilio.SmsGateway;
import org.whatmatters.notifications.delivery.DeliveryChannel;
import org.whatmatters.notifications.delivery.DeliveryResult;
import org.whatmatters.notifications.email.EmailMessage;
import org.whatmatters.notifications.push.FirebasePush;
import org.whatmatters.notifications.push.PushMessage;
import org.whatmatters.notifications.sms.SmsMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an alert. Routine alerts go on the recipient's first channel that works, falling back to the next when
 * one refuses it (an SMTP rejection, an unregistered device, a number Twilio later reports failed or
 * undelivered); urgent ones go on every channel they have. A failure that may pass (a network error, a busy
 * provider) is tried again after a delay, a few times, before moving on. Every attempt is recorded; nothing
 * about the person is in any of them.
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
    private final Clock clock;

    AlertSending(AlertRepository alerts, AlertDeliveryRepository deliveries, StaffDeviceRepository devices, AlertTexts texts,
                 SmsGateway sms, EmailSetup email, PushSetup push, DueWorkScheduler scheduler, AlertSettings settings, Clock clock) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.devices = devices;
        this.texts = texts;
        this.sms = sms;
        this.email = email;
        this.push = push;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Not in one transaction: each attempt's outcome is kept as soon as the provider answers. */
    @Override
    public void run(String data) {
        Alert alert = alerts.findById(Long.valueOf(data)).orElse(null);
        if (alert == null || alert.acknowledgedAt() != null) {
            return;
        }
        List<AlertDelivery> sofar = deliveries.findByAlertIdOrderById(alert.id());
        for (DeliveryChannel channel : alert.channelOrder()) {
            List<AlertDelivery> on = sofar.stream().filter(delivery -> delivery.channel() == channel).toList();
            if (on.stream().anyMatch(AlertDelivery::succeeded)) {
                if (alert.everyChannel()) {
                    continue;
                }
                return;
            }
            boolean givenUp = !on.isEmpty() && (!on.get(on.size() - 1).retryable() || on.size() >= settings.attemptsPerChannel());
            if (givenUp || !configured(channel)) {
                continue;
            }
            AlertDelivery attempt = deliveries.save(attempt(alert, channel));
            if (attempt.succeeded()) {
                if (!alert.everyChannel()) {
                    return;
                }
            } else if (attempt.retryable() && on.size() + 1 < settings.attemptsPerChannel()) {
                scheduler.schedule(KIND, alert.id() + "-r" + (sofar.size() + 1), data, clock.instant().plus(settings.retryDelay()));
                if (!alert.everyChannel()) {
                    return;
                }
            }
        }
        boolean anyOut = deliveries.findByAlertIdOrderById(alert.id()).stream().anyMatch(AlertDelivery::succeeded);
        if (!anyOut) {
            LOG.error("alert {} to {} could not be delivered on any channel so far", alert.id(), alert.recipient());
        }
    }

    /** Called when a provider reports later that a message it took did not arrive: on to the next channel. */
    void tryNextChannel(Alert alert, int attemptsSoFar) {
        scheduler.schedule(KIND, alert.id() + "-f" + attemptsSoFar, String.valueOf(alert.id()), clock.instant());
    }

    private boolean configured(DeliveryChannel channel) {
        return switch (channel) {
            case SMS -> sms.sms().isPresent();
            case EMAIL -> email.email().isPresent();
            case PUSH -> push.firebase().isPresent();
        };
    }

    private AlertDelivery attempt(Alert alert, DeliveryChannel channel) {
        Instant at = clock.instant();
        DeliveryResult result;
        try {
            result = switch (channel) {
                case SMS -> sms.sms().orElseThrow().send(new SmsMessage(alert.phone(), texts.sms(alert), sms.statusCallback()));
                case EMAIL -> email.email().orElseThrow().send(new EmailMessage(alert.email(), texts.subject(alert), texts.email(alert)));
                case PUSH -> pushToDevices(alert);
            };
        } catch (RuntimeException e) {
            LOG.error("alert {}: sending by {} failed unexpectedly", alert.id(), channel, e);
            result = new DeliveryResult.Failed("internal", e.getClass().getSimpleName(), true);
        }
        if (result instanceof DeliveryResult.Accepted accepted) {
            LOG.info("alert {} to {} accepted by {}", alert.id(), alert.recipient(), channel);
            return new AlertDelivery(null, alert.id(), channel, AlertDelivery.Status.ACCEPTED, false, accepted.providerId(), null, null, at, at);
        }
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        LOG.warn("alert {} to {} refused by {} ({}{})", alert.id(), alert.recipient(), channel, failed.errorCode(),
                failed.retryable() ? ", may be tried again" : "");
        String reason = failed.reason() == null ? null : failed.reason().substring(0, Math.min(300, failed.reason().length()));
        return new AlertDelivery(null, alert.id(), channel, AlertDelivery.Status.FAILED, failed.retryable(), null, failed.errorCode(),
                reason, at, at);
    }

    /** To every device of the recipient's staff accounts; taken if any device took it. Devices Firebase no longer knows are forgotten. */
    private DeliveryResult pushToDevices(Alert alert) {
        List<StaffDevice> targets = devices.findByStaffAccountIdIn(alert.pushAccountIds());
        if (targets.isEmpty()) {
            return new DeliveryResult.Failed("no-device", "no registered device", false);
        }
        FirebasePush firebase = new FirebasePush(push.firebase().orElseThrow());
        Optional<DeliveryResult.Accepted> taken = Optional.empty();
        List<DeliveryResult.Failed> failures = new ArrayList<>();
        for (StaffDevice device : targets) {
            DeliveryResult result = firebase.send(new PushMessage(device.token(), texts.pushTitle(alert), texts.pushBody(alert),
                    Map.of("link", texts.link(alert), "urgency", alert.urgency().name()), alert.urgency() == org.whatmatters.backend.conversation.PersonEvent.Urgency.URGENT));
            if (result instanceof DeliveryResult.Accepted accepted) {
                taken = taken.or(() -> Optional.of(accepted));
            } else {
                DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
                failures.add(failed);
                if ("unregistered".equals(failed.errorCode()) || "invalid-token".equals(failed.errorCode())) {
                    devices.deleteByToken(device.token());
                }
            }
        }
        if (taken.isPresent()) {
            return taken.get();
        }
        boolean retryable = failures.stream().anyMatch(DeliveryResult.Failed::retryable);
        return new DeliveryResult.Failed(failures.get(0).errorCode(), failures.size() + " device(s) refused", retryable);
    }
}
