package org.whatmatters.notifications.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * Turns Jakarta Mail's exceptions into a {@link DeliveryResult.Failed}. The server's own words are
 * left out of the reason, because they often repeat the recipient's address ("550 5.1.1
 * &lt;someone@...&gt;: Recipient address rejected"); only the reply code and the enhanced status
 * code are kept.
 */
final class SmtpFailure {

    /** A server reply as Jakarta Mail reports it: "550 5.1.1 text" or "535-5.7.8 text". */
    private static final Pattern REPLY =
            Pattern.compile("([2-5]\\d\\d)(?:[ -](\\d\\.\\d{1,3}\\.\\d{1,3}))?(?![\\d.])");

    /**
     * How Angus Mail reports a greeting other than 220: "Got bad greeting from SMTP host: h, port:
     * p, response: 421 ...".
     */
    private static final String BAD_GREETING = "Got bad greeting";

    private static final String GREETING_RESPONSE = ", response: ";

    private SmtpFailure() {}

    static DeliveryResult.Failed of(MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            Reply reply = reply(t);
            if (reply != null && reply.code() >= 400) {
                String reason = "the SMTP server refused the " + stage(t) + ": " + reply;
                return new DeliveryResult.Failed(
                        "smtp-" + reply.code(), reason, reply.code() < 500);
            }
        }
        if (causedBy(failure, SSLException.class)) {
            return new DeliveryResult.Failed(
                    "tls", "the TLS handshake with the SMTP server failed", false);
        }
        if (causedBy(failure, IOException.class)) {
            return new DeliveryResult.Failed(
                    "network", "the SMTP server could not be reached or stopped answering", true);
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains("STARTTLS")) {
            return new DeliveryResult.Failed(
                    "starttls-unavailable",
                    "STARTTLS is required but the SMTP server does not offer it; nothing was sent in clear",
                    false);
        }
        return new DeliveryResult.Failed(
                "smtp-error",
                "the SMTP exchange failed: " + failure.getClass().getSimpleName(),
                false);
    }

    private record Reply(int code, String enhanced) {
        @Override
        public String toString() {
            return enhanced == null ? String.valueOf(code) : code + " " + enhanced;
        }
    }

    private static Reply reply(Throwable t) {
        int code =
                t instanceof SMTPAddressFailedException e
                        ? e.getReturnCode()
                        : t instanceof SMTPSenderFailedException e
                                ? e.getReturnCode()
                                : t instanceof SMTPSendFailedException e ? e.getReturnCode() : -1;
        String message = String.valueOf(t.getMessage());
        String serverText;
        if (code >= 0 || t instanceof AuthenticationFailedException) {
            serverText = message;
        } else if (message.startsWith(BAD_GREETING) && message.contains(GREETING_RESPONSE)) {
            serverText =
                    message.substring(
                            message.indexOf(GREETING_RESPONSE) + GREETING_RESPONSE.length());
        } else {
            return null;
        }
        Matcher matcher = REPLY.matcher(serverText.strip());
        if (!matcher.lookingAt()) {
            return code < 0 ? null : new Reply(code, null);
        }
        int parsed = Integer.parseInt(matcher.group(1));
        return new Reply(
                code < 0 ? parsed : code, code < 0 || code == parsed ? matcher.group(2) : null);
    }

    private static String stage(Throwable t) {
        if (t instanceof SMTPAddressFailedException) {
            return "recipient";
        }
        if (t instanceof SMTPSenderFailedException) {
            return "sender";
        }
        if (t instanceof AuthenticationFailedException) {
            return "login";
        }
        if (t instanceof SMTPSendFailedException) {
            return "message";
        }
        return "connection";
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
