package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.whatmatters.notifications.delivery.DeliveryChannel;
import org.whatmatters.notifications.workingtime.TeamHours;

/**
 * Someone to alert, with how to reach them: a phone, an email, staff accounts whose devices get
 * push, and the order to try those channels in.
 *
 * @param identifying whether, opening the alert, they may see who it is about
 * @param hours a coordinator's team's working hours (routine escalation counts working days in
 *     them)
 */
record AlertTarget(
        Recipient recipient,
        @Nullable Long recipientId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        List<Long> pushAccounts,
        List<DeliveryChannel> order,
        boolean identifying,
        @Nullable TeamHours hours) {

    /** The channels in order that this recipient can be reached on at all. */
    List<DeliveryChannel> reachable() {
        return order.stream()
                .filter(
                        channel ->
                                switch (channel) {
                                    case SMS -> phone != null && !phone.isBlank();
                                    case EMAIL -> email != null && !email.isBlank();
                                    case PUSH -> !pushAccounts.isEmpty();
                                })
                .toList();
    }
}
