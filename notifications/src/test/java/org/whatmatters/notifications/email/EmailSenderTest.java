package org.whatmatters.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.whatmatters.notifications.delivery.DeliveryResult;

class EmailSenderTest {

    private static final String FROM = "WhatMatters <alerts@whatmatters.example.org>";
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    private static final EmailMessage ALERT =
            new EmailMessage(
                    "coordinator@trust.example.nhs.uk",
                    "WhatMatters: something to see (routine)",
                    "Someone you support has an update. See it at https://whatmatters.example.org/staff/notifications/n-7\n"
                            + "Diolch — ਧੰਨਵਾਦ");

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                    .withConfiguration(
                            GreenMailConfiguration.aConfig()
                                    .withUser(
                                            "alerts@whatmatters.example.org",
                                            "alerts",
                                            "s3cret-relay-password"))
                    .withPerMethodLifecycle(true);

    private static SmtpSettings settings(
            int port, String username, String password, boolean startTls) {
        return new SmtpSettings("localhost", port, username, password, startTls, FROM);
    }

    @Test
    void theServerReceivesSubjectBodyRecipientSenderAndDateAndTheResultCarriesTheMessageId()
            throws Exception {
        EmailSender sender =
                new EmailSender(settings(SMTP.getSmtp().getPort(), null, null, false), CLOCK);

        DeliveryResult result = sender.send(ALERT);

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("WhatMatters: something to see (routine)");
        assertThat(mail.getContent()).isInstanceOf(String.class);
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(ALERT.body());
        assertThat(mail.getContentType())
                .startsWith("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("coordinator@trust.example.nhs.uk"));
        assertThat(mail.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(mail.getSentDate()).isEqualTo(Date.from(CLOCK.instant()));
        DeliveryResult.Accepted accepted = (DeliveryResult.Accepted) result;
        assertThat(accepted.providerId())
                .isEqualTo(mail.getMessageID())
                .endsWith("@whatmatters.example.org>");
        assertThat(accepted.providerStatus()).isEqualTo("accepted");
    }

    @Test
    void logsInWhenARelayNeedsIt() throws Exception {
        EmailSender sender =
                new EmailSender(
                        settings(
                                SMTP.getSmtp().getPort(), "alerts", "s3cret-relay-password", false),
                        CLOCK);

        assertThat(sender.send(ALERT)).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRefusedLoginIsNotRetryableAndNothingIsSent() {
        EmailSender sender =
                new EmailSender(
                        settings(SMTP.getSmtp().getPort(), "alerts", "wrong-password", false),
                        CLOCK);

        DeliveryResult.Failed failed = (DeliveryResult.Failed) sender.send(ALERT);

        assertThat(failed.errorCode()).isEqualTo("smtp-535");
        assertThat(failed.retryable()).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsRefusesToSendInClearToAServerThatDoesNotOfferIt() {
        EmailSender sender =
                new EmailSender(settings(SMTP.getSmtp().getPort(), null, null, true), CLOCK);

        DeliveryResult.Failed failed = (DeliveryResult.Failed) sender.send(ALERT);

        assertThat(failed.errorCode()).isEqualTo("starttls-unavailable");
        assertThat(failed.retryable()).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientRefusedWith5xxIsNotRetryableAndTheReasonDoesNotRepeatTheAddress() {
        try (ScriptedSmtpServer relay =
                ScriptedSmtpServer.refusingRecipients(
                        "550 5.1.1 <coordinator@trust.example.nhs.uk>: Recipient address rejected: User unknown")) {
            DeliveryResult result =
                    new EmailSender(settings(relay.port(), null, null, false), CLOCK).send(ALERT);

            assertThat(result)
                    .isEqualTo(
                            new DeliveryResult.Failed(
                                    "smtp-550",
                                    "the SMTP server refused the recipient: 550 5.1.1",
                                    false));
            assertThat(relay.commands()).contains("RCPT").doesNotContain("DATA");
        }
    }

    @Test
    void aRecipientDeferredWith4xxIsRetryable() {
        try (ScriptedSmtpServer relay =
                ScriptedSmtpServer.refusingRecipients(
                        "451 4.7.1 <coordinator@trust.example.nhs.uk>: Recipient address rejected: greylisted")) {
            DeliveryResult result =
                    new EmailSender(settings(relay.port(), null, null, false), CLOCK).send(ALERT);

            assertThat(result)
                    .isEqualTo(
                            new DeliveryResult.Failed(
                                    "smtp-451",
                                    "the SMTP server refused the recipient: 451 4.7.1",
                                    true));
        }
    }

    @Test
    void aMessageRefusedAfterDataWith5xxIsNotRetryable() {
        try (ScriptedSmtpServer relay =
                ScriptedSmtpServer.refusingMessages("554 5.6.0 Message rejected as spam")) {
            DeliveryResult.Failed failed =
                    (DeliveryResult.Failed)
                            new EmailSender(settings(relay.port(), null, null, false), CLOCK)
                                    .send(ALERT);

            assertThat(failed.errorCode()).isEqualTo("smtp-554");
            assertThat(failed.retryable()).isFalse();
            assertThat(relay.commands()).contains("DATA");
        }
    }

    @Test
    void aBusyServerGreetingWith421IsRetryable() {
        try (ScriptedSmtpServer relay =
                ScriptedSmtpServer.greetingWith("421 4.3.2 Service not available, try later")) {
            DeliveryResult.Failed failed =
                    (DeliveryResult.Failed)
                            new EmailSender(settings(relay.port(), null, null, false), CLOCK)
                                    .send(ALERT);

            assertThat(failed.errorCode()).isEqualTo("smtp-421");
            assertThat(failed.retryable()).isTrue();
        }
    }

    @Test
    void aRefusedConnectionIsARetryableNetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }

        DeliveryResult.Failed failed =
                (DeliveryResult.Failed)
                        new EmailSender(settings(closedPort, null, null, false), CLOCK).send(ALERT);

        assertThat(failed.errorCode()).isEqualTo("network");
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void aMalformedRecipientIsNotRetryableAndNeverReachesTheServer() {
        EmailSender sender =
                new EmailSender(settings(SMTP.getSmtp().getPort(), null, null, false), CLOCK);

        DeliveryResult result = sender.send(new EmailMessage("not an address", "s", "b"));

        assertThat(result)
                .isEqualTo(
                        new DeliveryResult.Failed(
                                "invalid-address", "the recipient is not an email address", false));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void printingAnEmailOrTheSettingsRevealsNoAddressTextOrPassword() {
        assertThat(ALERT.toString())
                .doesNotContain("coordinator")
                .doesNotContain("update")
                .doesNotContain("something to see");
        assertThat(settings(25, "alerts", "s3cret-relay-password", true).toString())
                .doesNotContain("s3cret");
    }
}
