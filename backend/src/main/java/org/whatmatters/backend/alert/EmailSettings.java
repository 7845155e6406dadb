package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.SettingChecks;
import org.whatmatters.notifications.email.SmtpSettings;

/**
 * {@code whatmatters.email.*} (SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS,
 * SMTP_FROM): the SMTP relay for alert emails. No host: email is off. A host without SMTP_FROM, a
 * port that is not a number or a STARTTLS switch that is neither true nor false stops start-up
 * naming the variable.
 */
@ConfigurationProperties("whatmatters.email")
public record EmailSettings(
        @Bindable(defaultValue = "") String host,
        @Bindable(defaultValue = "587") String port,
        @Bindable(defaultValue = "") String username,
        @Bindable(defaultValue = "") String password,
        @Bindable(defaultValue = "true") String starttls,
        @Bindable(defaultValue = "") String from) {

    public EmailSettings {
        if (!host.isBlank()) {
            if (from.isBlank()) {
                throw new InvalidSettingException(
                        "SMTP_FROM",
                        "is missing: the address alerts come from, e.g. WhatMatters <alerts@example.org>");
            }
            portNumber(port);
            SettingChecks.onOrOff("SMTP_STARTTLS", starttls);
        }
    }

    /** The relay's settings; empty when SMTP_HOST is not set (email off). */
    Optional<SmtpSettings> smtp() {
        if (host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new SmtpSettings(
                        host.trim(),
                        portNumber(port),
                        username.isBlank() ? null : username,
                        password.isBlank() ? null : password,
                        SettingChecks.onOrOff("SMTP_STARTTLS", starttls),
                        from.trim()));
    }

    private static int portNumber(String port) {
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(
                    "SMTP_PORT", "must be a port number, was '" + port + "'");
        }
    }

    @Override
    public String toString() {
        return "EmailSettings[host="
                + host
                + ", port="
                + port
                + ", from="
                + from
                + ", password="
                + (password.isBlank() ? "absent" : "set")
                + "]";
    }
}
