package org.whatmatters.notifications.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * Sends plain-text emails through SMTP with Jakarta Mail (Eclipse Angus). One connection per email,
 * opened and closed within {@link #send}; thread-safe. Logs nothing itself, and its results carry
 * neither the address nor the text.
 *
 * <p>Results: {@link DeliveryResult.Accepted} with the email's {@code Message-ID} once the server
 * took it (status {@code accepted}); {@link DeliveryResult.Failed} with {@code smtp-<reply code>}
 * when the server refused it (4xx retryable, 5xx not), {@code network} when it could not be reached
 * or stopped answering (retryable), and {@code invalid-address}, {@code starttls-unavailable},
 * {@code tls} or {@code smtp-error} for what waiting will not mend (not retryable).
 */
public final class EmailSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /**
     * @param clock dates each email ({@code Date} header)
     */
    public EmailSender(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "SMTP from address is not an email address: " + e.getMessage(), e);
        }
        this.session = Session.getInstance(properties(settings, from));
    }

    public DeliveryResult send(EmailMessage email) {
        InternetAddress to;
        try {
            to = new InternetAddress(email.to(), true);
        } catch (AddressException e) {
            return new DeliveryResult.Failed(
                    "invalid-address", "the recipient is not an email address", false);
        }
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, to);
            mime.setSubject(email.subject(), UTF_8);
            mime.setText(email.body(), UTF_8);
            mime.setSentDate(Date.from(clock.instant()));
            mime.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(
                        settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(mime, mime.getAllRecipients());
            }
            return new DeliveryResult.Accepted(mime.getMessageID(), "accepted");
        } catch (MessagingException e) {
            return SmtpFailure.of(e);
        }
    }

    private static Properties properties(SmtpSettings settings, InternetAddress from) {
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.authenticates()));
        if (settings.startTls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        // the envelope sender, and the domain Message-IDs are made in
        properties.setProperty("mail.smtp.from", from.getAddress());
        properties.setProperty("mail.from", from.getAddress());
        return properties;
    }
}
