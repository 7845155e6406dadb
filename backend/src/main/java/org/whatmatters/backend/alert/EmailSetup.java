package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.notifications.email.EmailSender;
import org.whatmatters.notifications.email.SmtpSettings;

import java.time.Clock;
import java.util.Optional;

/**
 * Email through the deployment's SMTP relay when SMTP_HOST is set; otherwise email is off (said once at start-up)
 * and alerts use the other channels. A partial or malformed setting stops start-up naming the variable.
 */
@Context
class EmailSetup {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSetup.class);
    private final EmailSender sender;

    EmailSetup(@Value("${whatmatters.email.host:}") String host, @Value("${whatmatters.email.port:587}") String port,
               @Value("${whatmatters.email.username:}") String username, @Value("${whatmatters.email.password:}") String password,
               @Value("${whatmatters.email.starttls:true}") String startTls, @Value("${whatmatters.email.from:}") String from,
               Clock clock) {
        if (host.isBlank()) {
            this.sender = null;
            LOG.info("email is disabled: SMTP_HOST is not set; alerts go by push and SMS");
            return;
        }
        if (from.isBlank()) {
            throw new InvalidSettingException("SMTP_FROM", "is missing: the address alerts come from, e.g. WhatMatters <alerts@example.org>");
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("SMTP_PORT", "must be a port number, was '" + port + "'");
        }
        try {
            this.sender = new EmailSender(new SmtpSettings(host.trim(), portNumber, username.isBlank() ? null : username,
                    password.isBlank() ? null : password, Boolean.parseBoolean(startTls.trim()), from.trim()), clock);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("SMTP_HOST", "settings are not usable: " + e.getMessage());
        }
        LOG.info("email alerts go through {}:{}", host.trim(), portNumber);
    }

    Optional<EmailSender> email() {
        return Optional.ofNullable(sender);
    }
}
