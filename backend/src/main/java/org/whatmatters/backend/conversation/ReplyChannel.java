package org.whatmatters.backend.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.whatmatters.backend.message.Channel;
import org.whatmatters.backend.person.Person;

/**
 * Which channel the service's messages to a person go by: the one their message came by, or for a
 * message of the service's own (a follow-up) their preference, where it can reach them. One
 * conversation whichever channel.
 */
public interface ReplyChannel {

    /**
     * @param arrivedBy the channel of the message being answered; null for the service's own
     *     messages
     * @param known everything known about the person (their {@code contact_channel} preference
     *     among it)
     */
    Channel choose(Person person, @Nullable Channel arrivedBy, Map<String, String> known);
}
