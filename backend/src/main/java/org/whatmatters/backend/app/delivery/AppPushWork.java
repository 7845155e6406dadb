package org.whatmatters.backend.app.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.app.device.AppDevice;
import org.whatmatters.backend.app.device.AppDeviceRepository;
import org.whatmatters.backend.app.device.Devices;
import org.whatmatters.backend.outbox.OutboundMessage;
import org.whatmatters.backend.person.FactRepository;
import org.whatmatters.backend.schedule.DueWork;
import org.whatmatters.backend.translation.CatalogTexts;
import org.whatmatters.conversation.script.Replies;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * The push for one app message, when its time comes: to each of the person's signed-in devices with
 * a push token, in their language, saying only that there is a message. Not sent when the app
 * already fetched it, or when a later message's push will say the same. A token FCM calls
 * unregistered or invalid is dropped at once. When a push was accepted, the message's fallback to
 * SMS waits the full {@code fallback-after} instead of {@code fallback-unconfirmed} ({@link
 * AppFallbackWork} reads the outcome).
 */
@Singleton
class AppPushWork implements DueWork {

    static final String PUSH_TEXT = "global.app.push";
    private static final Set<String> DEAD_TOKEN = Set.of("unregistered", "invalid-token");
    private static final Logger LOG = LoggerFactory.getLogger(AppPushWork.class);

    private final AppMessageRepository messages;
    private final AppDeviceRepository devices;
    private final Devices deviceList;
    private final AppPushes pushes;
    private final FactRepository facts;
    private final CatalogTexts texts;
    private final Clock clock;
    private final Replies replies = Replies.shipped();

    AppPushWork(
            AppMessageRepository messages,
            AppDeviceRepository devices,
            Devices deviceList,
            AppPushes pushes,
            FactRepository facts,
            CatalogTexts texts,
            Clock clock) {
        this.messages = messages;
        this.devices = devices;
        this.deviceList = deviceList;
        this.pushes = pushes;
        this.facts = facts;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return AppDelivery.PUSH;
    }

    @Override
    @Transactional
    public void run(String data) {
        Long id = Long.valueOf(data);
        OutboundMessage message = messages.lockWaitingInApp(id).orElse(null);
        if (message == null
                || messages.countLaterUnfetched(message.personId(), id) > 0
                || !pushes.enabled()) {
            return;
        }
        List<AppDevice> targets = devices.findPushable(message.personId());
        String language = facts.currentFor(message.personId()).getOrDefault("language", "en");
        String text = texts.render(replies.get(PUSH_TEXT), language, java.util.Map.of());
        boolean accepted = false;
        for (AppDevice device : targets) {
            DeliveryResult result = pushes.newMessage(device.fcmToken(), text);
            if (result instanceof DeliveryResult.Accepted) {
                accepted = true;
            } else if (result instanceof DeliveryResult.Failed failed) {
                LOG.info(
                        "push for app message {} to device {} failed: {}",
                        id,
                        device.id(),
                        failed.errorCode());
                if (DEAD_TOKEN.contains(failed.errorCode())) {
                    deviceList.dropPushToken(device.fcmToken());
                }
            }
        }
        messages.markDelivery(id, accepted ? "pushed" : "push-failed", clock.instant());
    }
}
