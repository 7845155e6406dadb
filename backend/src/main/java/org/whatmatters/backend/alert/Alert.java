package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.notifications.delivery.DeliveryChannel;

/**
 * One alert to one recipient about one event. The recipient's addresses are kept as they were when
 * it was made (staff contact details, not a person's); {@code channels} is the order to try them
 * in, or with {@code everyChannel} (urgent) all of them. {@code identifying}: whether opening it
 * shows who it is about. {@code token} is the secret in the link the recipient gets. Never printed
 * with its addresses.
 */
@MappedEntity("alert")
public record Alert(
        @Id @GeneratedValue @Nullable Long id,
        Long eventId,
        Long personId,
        String kind,
        PersonEvent.Urgency urgency,
        int level,
        Recipient recipient,
        @Nullable Long recipientId,
        String recipientName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String pushAccounts,
        String channels,
        boolean everyChannel,
        boolean identifying,
        String token,
        Instant createdAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy) {

    List<DeliveryChannel> channelOrder() {
        return Arrays.stream(channels.split(","))
                .filter(name -> !name.isBlank())
                .map(DeliveryChannel::valueOf)
                .toList();
    }

    static String channels(List<DeliveryChannel> order) {
        return order.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    List<Long> pushAccountIds() {
        return pushAccounts == null || pushAccounts.isBlank()
                ? List.of()
                : Arrays.stream(pushAccounts.split(",")).map(Long::valueOf).toList();
    }

    Alert acknowledged(String by, Instant at) {
        return new Alert(
                id,
                eventId,
                personId,
                kind,
                urgency,
                level,
                recipient,
                recipientId,
                recipientName,
                phone,
                email,
                pushAccounts,
                channels,
                everyChannel,
                identifying,
                token,
                createdAt,
                at,
                by);
    }

    @Override
    public String toString() {
        return "Alert[id="
                + id
                + ", event="
                + eventId
                + ", "
                + urgency
                + " "
                + kind
                + " to "
                + recipient
                + " level "
                + level
                + "]";
    }
}
