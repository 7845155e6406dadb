package org.whatmatters.backend.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Duration;

/**
 * An alert link works for ALERT_LINK_EXPIRY after the alert was raised (a forwarded or leaked link
 * does not stay a way in for ever); after that it answers 410 and says to use the signed-in staff
 * API, where the alert still is.
 */
@ServerFilter("/alerts/**")
class AlertLinkExpiry {

    private final AlertRepository alerts;
    private final Clock clock;
    private final Duration expiry;

    AlertLinkExpiry(AlertRepository alerts, Clock clock, AlertSettings settings) {
        this.alerts = alerts;
        this.clock = clock;
        this.expiry = settings.linkExpiry();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> refuseExpired(HttpRequest<?> request) {
        String[] parts = request.getPath().split("/");
        if (parts.length < 3) {
            return null;
        }
        return alerts.findByToken(parts[2])
                .filter(alert -> alert.createdAt().plus(expiry).isBefore(clock.instant()))
                .<MutableHttpResponse<?>>map(
                        expired ->
                                HttpResponse.status(HttpStatus.GONE)
                                        .contentType(MediaType.TEXT_HTML_TYPE)
                                        .body(
                                                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Link expired</title></head><body>"
                                                        + "<h1>This alert link has expired</h1><p>Sign in to WhatMatters to see and acknowledge the alert.</p>"
                                                        + "</body></html>"))
                .orElse(null);
    }
}
