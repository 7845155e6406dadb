package org.whatmatters.backend.app.delivery;

import jakarta.inject.Singleton;
import java.util.Map;
import org.whatmatters.backend.app.device.Devices;
import org.whatmatters.backend.conversation.ReplyChannel;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.person.Person;

/**
 * A reply goes back by the channel the person wrote on; the service's own messages (follow-ups,
 * reminders, news) go to the app when the person said they prefer it ({@code contact_channel} =
 * app). Either way, only to an app the person is signed in on: with no device, by SMS.
 */
@Singleton
class AppReplyChannel implements ReplyChannel {

    private final Devices devices;

    AppReplyChannel(Devices devices) {
        this.devices = devices;
    }

    @Override
    public Channel choose(Person person, Channel arrivedBy, Map<String, String> known) {
        boolean wantsApp =
                arrivedBy == Channel.APP
                        || (arrivedBy == null
                                && "app".equalsIgnoreCase(known.get("contact_channel")));
        return wantsApp && devices.inUse(person.id()) ? Channel.APP : Channel.SMS;
    }
}
