package org.whatmatters.backend.alert;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.twilio.PublicBaseUrl;

/**
 * What an alert says on each channel: that there is something to see, how urgent, and the link to
 * open it. Deliberately nothing about the person: no name, number, or anything they wrote; texts
 * and emails travel through systems we do not control.
 */
@Singleton
class AlertTexts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM", Locale.UK)
                    .withZone(ZoneId.of("Europe/London"));

    private final PublicBaseUrl publicBaseUrl;

    AlertTexts(PublicBaseUrl publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    String link(Alert alert) {
        return publicBaseUrl.resolve("/alerts/" + alert.token()).toString();
    }

    String sms(Alert alert) {
        return urgent(alert)
                ? "WhatMatters: an URGENT alert needs you now. Open "
                        + link(alert)
                        + " to see it and acknowledge it."
                : "WhatMatters: there is something for you to look at (routine). Open "
                        + link(alert)
                        + " to see it and acknowledge it.";
    }

    String subject(Alert alert) {
        return urgent(alert)
                ? "WhatMatters: URGENT alert - please look now"
                : "WhatMatters: something for you to look at (routine)";
    }

    String email(Alert alert) {
        StringBuilder body = new StringBuilder();
        body.append(
                urgent(alert)
                        ? "An URGENT alert needs you now.\n\n"
                        : "There is something for you to look at. It is routine, not urgent.\n\n");
        if (alert.level() > 0) {
            body.append("It comes to you because nobody acknowledged it in time.\n\n");
        }
        body.append("It was raised at ")
                .append(WHEN.format(alert.createdAt()))
                .append(" (UK time).\n\n")
                .append("Open it here, to see it and to acknowledge it:\n")
                .append(link(alert))
                .append("\n\n")
                .append("Acknowledging it stops it being passed on to others.\n\n")
                .append("This message deliberately carries no personal details.\n-- WhatMatters\n");
        return body.toString();
    }

    String pushTitle(Alert alert) {
        return urgent(alert) ? "WhatMatters: URGENT alert" : "WhatMatters: something to look at";
    }

    String pushBody(Alert alert) {
        return "Open to see it and acknowledge it.";
    }

    private static boolean urgent(Alert alert) {
        return alert.urgency() == PersonEvent.Urgency.URGENT;
    }
}
