package org.whatmatters.backend.alert;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.whatmatters.backend.person.PersonEvent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The link in an alert. Opening it (GET) shows only how urgent it is, when it was raised and a button to
 * acknowledge — never who it is about, since links get forwarded and mail scanners open them; the details are
 * in the signed-in staff API. Acknowledging is a POST, so a scanner following the link acknowledges nothing.
 * The token in the link is the credential: long, random, one per alert.
 */
@Controller("/alerts")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Alerts")
class AlertController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, EEEE d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @Get("/{token}")
    @Produces(MediaType.TEXT_HTML)
    String open(@PathVariable String token) {
        return page(alerts.byToken(token), null);
    }

    @Post(uri = "/{token}/acknowledge", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> acknowledge(@PathVariable String token) {
        Alert alert = alerts.byToken(token);
        Alert done = alerts.acknowledge(alert, "link:" + alert.recipient().name().toLowerCase(Locale.ROOT) + ":" + alert.id());
        return HttpResponse.ok(page(done, "Thank you: acknowledged. It will not be passed on to anyone else."));
    }

    private static String page(Alert alert, String said) {
        boolean urgent = alert.urgency() == PersonEvent.Urgency.URGENT;
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>WhatMatters alert</title></head><body>");
        html.append("<h1>").append(urgent ? "URGENT alert" : "Routine alert").append("</h1>")
                .append("<p>Raised at ").append(WHEN.format(alert.createdAt())).append(" (UK time).</p>");
        if (said != null) {
            html.append("<p><strong>").append(said).append("</strong></p>");
        } else if (alert.acknowledgedAt() != null) {
            html.append("<p>Acknowledged at ").append(WHEN.format(alert.acknowledgedAt())).append(".</p>");
        } else {
            html.append("<form method=\"post\" action=\"/alerts/").append(alert.token()).append("/acknowledge\">")
                    .append("<button type=\"submit\">Acknowledge: I have this</button></form>");
        }
        html.append("<p>Sign in to WhatMatters to see what it is about (alert ").append(alert.id()).append(").</p></body></html>");
        return html.toString();
    }
}
