package org.whatmatters.backend.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what Twilio's status callbacks say about messages we sent. Callbacks can arrive out of
 * order; a message never moves back (a late "sent" does not undo "delivered").
 */
@Singleton
public class DeliveryCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryCallbacks.class);

    /** The query parameter of our StatusCallback URL that carries the outbox message id. */
    public static final String OUTBOX_PARAMETER = "outbox";

    /** Twilio's message_enum_status values in the order a message passes through them. */
    private static final List<List<String>> PROGRESS =
            List.of(
                    List.of("accepted", "scheduled"),
                    List.of("queued"),
                    List.of("sending"),
                    List.of("sent"),
                    List.of(
                            "delivered",
                            "undelivered",
                            "failed",
                            "read",
                            "partially_delivered",
                            "canceled"));

    private final OutboundMessageRepository messages;
    private final ApplicationEventPublisher<OtherMessageStatus> others;
    private final Clock clock;

    /** A status callback for a message that is not one of the outbox's (an alert to staff, say). */
    public record OtherMessageStatus(String messageSid, String status, String errorCode) {}

    public DeliveryCallbacks(
            OutboundMessageRepository messages,
            ApplicationEventPublisher<OtherMessageStatus> others,
            Clock clock) {
        this.messages = messages;
        this.others = others;
        this.clock = clock;
    }

    public void record(String messageSid, String status, String errorCode) {
        record(messageSid, status, errorCode, null);
    }

    /**
     * @param outboxId the {@value #OUTBOX_PARAMETER} query parameter of the callback URL (the
     *     outbox puts its message id there), or null: names the message even when the create call's
     *     answer, and so the sid, never reached us
     */
    public void record(String messageSid, String status, String errorCode, String outboxId) {
        String reported = status.trim().toLowerCase(Locale.ROOT);
        if (stage(reported) < 0) {
            LOG.warn(
                    "status callback for {} with an unknown status '{}'; ignored",
                    messageSid,
                    reported);
            return;
        }
        Long named = outboxId(outboxId);
        if (named != null && messages.findByProviderId(messageSid).isEmpty()) {
            if (messages.attachProvider(named, messageSid, reported, clock.instant()) == 1) {
                LOG.info(
                        "outbound message {} is {}: Twilio took it as {} (known from its status callback)",
                        named,
                        reported,
                        messageSid);
            } else {
                LOG.warn(
                        "status callback for {} names outbound message {}, which has another sid or none to take; ignored",
                        messageSid,
                        named);
            }
            return;
        }
        messages.findByProviderId(messageSid)
                .ifPresentOrElse(
                        message -> {
                            if (message.deliveryStatus() != null
                                    && stage(reported) < stage(message.deliveryStatus())) {
                                LOG.info(
                                        "status callback '{}' for outbound message {} arrived after '{}'; kept the later",
                                        reported,
                                        message.id(),
                                        message.deliveryStatus());
                                return;
                            }
                            String code =
                                    errorCode == null || errorCode.isBlank()
                                            ? message.errorCode()
                                            : errorCode.trim();
                            messages.updateDelivery(message.id(), reported, code, clock.instant());
                            LOG.info(
                                    "outbound message {} is {}{}",
                                    message.id(),
                                    reported,
                                    code == null ? "" : " (error " + code + ")");
                        },
                        () ->
                                others.publishEvent(
                                        new OtherMessageStatus(messageSid, reported, errorCode)));
    }

    private static Long outboxId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int stage(String status) {
        for (int i = 0; i < PROGRESS.size(); i++) {
            if (PROGRESS.get(i).contains(status)) {
                return i;
            }
        }
        return -1;
    }
}
