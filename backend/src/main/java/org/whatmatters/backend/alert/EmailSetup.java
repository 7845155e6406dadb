package org.whatmatters.backend.alert;

import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.notifications.email.EmailSender;
import org.whatmatters.notifications.email.SmtpSettings;

/**
 * Email through the deployment's SMTP relay when SMTP_HOST is set; otherwise email is off (said
 * once at start-up) and alerts use the other channels. A partial or malformed setting stops
 * start-up naming the variable.
 */
@Context
class EmailSetup {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSetup.class);
    private final EmailSender sender;

    EmailSetup(EmailSettings settings, Clock clock) {
        Optional<SmtpSettings> smtp = settings.smtp();
        if (smtp.isEmpty()) {
            this.sender = null;
            LOG.info("email is disabled: SMTP_HOST is not set; alerts go by push and SMS");
            return;
        }
        try {
            this.sender = new EmailSender(smtp.get(), clock);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    "SMTP_HOST", "settings are not usable: " + e.getMessage());
        }
        LOG.info("email alerts go through {}:{}", smtp.get().host(), smtp.get().port());
    }

    Optional<EmailSender> email() {
        return Optional.ofNullable(sender);
    }
}
