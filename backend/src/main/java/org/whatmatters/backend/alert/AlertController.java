package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.whatmatters.backend.person.PersonEvent;

/**
 * The link in an alert. Opening it (GET) shows only how urgent it is, when it was raised and how to
 * acknowledge — never who it is about, since links get forwarded and mail scanners open them; the
 * details are in the signed-in staff API. Acknowledging is a POST, so a scanner following the link
 * acknowledges nothing. An URGENT alert also needs a human step: the acknowledger types their name
 * ({@link AcknowledgerName}), which is recorded with it (or a signed-in member of staff
 * acknowledges it through the staff API); a POST without a name, as a scanner that submits forms
 * sends, acknowledges nothing and escalation goes on. A routine alert keeps its one button. The
 * token in the link is the credential: long, random, one per alert.
 */
@Controller("/alerts")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Alerts")
class AlertController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm, EEEE d MMMM yyyy", Locale.UK)
                    .withZone(ZoneId.of("Europe/London"));

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @Get("/{token}")
    @Produces(MediaType.TEXT_HTML)
    String open(@PathVariable String token) {
        return page(alerts.byToken(token), null, null);
    }

    @Post(
            uri = "/{token}/acknowledge",
            consumes = {
                MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.APPLICATION_JSON,
                MediaType.TEXT_PLAIN
            })
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> acknowledge(
            @PathVariable String token, HttpRequest<?> request, @Body @Nullable String body) {
        Alert alert = alerts.byToken(token);
        if (alert.acknowledgedAt() != null) {
            return HttpResponse.ok(page(alert, null, null));
        }
        Optional<String> name = AcknowledgerName.from(body, request.getContentType().orElse(null));
        boolean urgent = alert.urgency() == PersonEvent.Urgency.URGENT;
        if (urgent && name.isEmpty()) {
            return HttpResponse.<String>status(HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(
                            page(
                                    alert,
                                    null,
                                    "Type your name to acknowledge an urgent alert: it is not acknowledged yet."));
        }
        String by =
                "link:"
                        + alert.recipient().name().toLowerCase(Locale.ROOT)
                        + ":"
                        + alert.id()
                        + name.map(n -> " by " + n).orElse("");
        Alert done = alerts.acknowledge(alert, by);
        return HttpResponse.ok(
                page(
                        done,
                        "Thank you"
                                + name.map(n -> ", " + n).orElse("")
                                + ": acknowledged. It will not be passed on to anyone else.",
                        null));
    }

    private static String page(Alert alert, String said, String error) {
        boolean urgent = alert.urgency() == PersonEvent.Urgency.URGENT;
        StringBuilder html =
                new StringBuilder(
                                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                        .append(error != null ? "Error: " : "")
                        .append("WhatMatters alert</title></head><body>");
        if (error != null) {
            html.append("<div role=\"alert\"><h2>There is a problem</h2><p><a href=\"#name\">")
                    .append(error)
                    .append("</a></p></div>");
        }
        html.append("<h1>")
                .append(urgent ? "URGENT alert" : "Routine alert")
                .append("</h1>")
                .append("<p>Raised at ")
                .append(WHEN.format(alert.createdAt()))
                .append(" (UK time).</p>");
        if (said != null) {
            html.append("<p><strong>").append(escape(said)).append("</strong></p>");
        } else if (alert.acknowledgedAt() != null) {
            html.append("<p>Acknowledged at ")
                    .append(WHEN.format(alert.acknowledgedAt()))
                    .append(
                            AcknowledgerName.of(alert.acknowledgedBy())
                                    .map(n -> " by " + escape(n))
                                    .orElse(""))
                    .append(".</p>");
        } else {
            html.append("<form method=\"post\" action=\"/alerts/")
                    .append(alert.token())
                    .append("/acknowledge\">");
            if (urgent) {
                html.append(
                                "<p><label for=\"name\">Your name</label> (it is recorded with the acknowledgement)</p>")
                        .append(
                                "<p><input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"name\" required maxlength=\"")
                        .append(AcknowledgerName.MAX_LENGTH)
                        .append("\"></p>");
            }
            html.append("<button type=\"submit\">Acknowledge: I have this</button></form>");
            if (urgent) {
                html.append("<p>Or sign in to WhatMatters and acknowledge it there.</p>");
            }
        }
        html.append("<p>Sign in to WhatMatters to see what it is about (alert ")
                .append(alert.id())
                .append(").</p></body></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
