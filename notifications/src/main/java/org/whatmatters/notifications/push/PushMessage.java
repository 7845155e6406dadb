package org.whatmatters.notifications.push;

import java.util.Map;
import java.util.Objects;

/**
 * One push notification to one device.
 *
 * @param token the device's FCM registration token
 * @param title shown as the notification's title
 * @param body shown under it
 * @param data key/value pairs for the app, such as the notification id and the link to open
 * @param urgent sent at high priority (Android {@code HIGH}, APNs {@code 10}) so a sleeping device
 *     shows it at once; otherwise at normal priority
 */
public record PushMessage(
        String token, String title, String body, Map<String, String> data, boolean urgent) {

    public PushMessage {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        data = Map.copyOf(data);
    }

    /** Never prints the token or the text: records end up in logs. */
    @Override
    public String toString() {
        return "PushMessage["
                + body.length()
                + " chars, data keys "
                + data.keySet()
                + ", urgent="
                + urgent
                + "]";
    }
}
