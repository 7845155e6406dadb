package org.whatmatters.backend.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.person.PersonEvent;
import org.whatmatters.backend.person.PersonEvents;
import org.whatmatters.backend.support.WithAPartner;

/**
 * An SMTP relay that takes the connection and never says a word (its timeout is 30 seconds) delays
 * nothing else: while two alert emails hang on it, a crisis alert's text still goes out, its
 * escalation still happens on time, and a follow-up contact due still starts. Before, the sends ran
 * on the scheduler's two threads, and two hanging emails held everything due for as long as the
 * relay's timeout.
 */
@MicronautTest(environments = "test", transactional = false)
class StalledRelayTest extends WithAPartner {

    /** In this engineer's port range. */
    private static final int RELAY_PORT = 18160;

    private static final String LEAD_PHONE = "+447700900904";
    private static final String DEE = "+447700900731";

    /** Less than the relay's timeout: each step must not have waited for it. */
    private static final Duration WAIT = Duration.ofSeconds(25);

    /**
     * The SMTP client's timeout (SmtpSettings.DEFAULT_TIMEOUT): until then the relay holds the
     * sending threads it took.
     */
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(30);

    private static final StalledRelay RELAY = new StalledRelay(RELAY_PORT);

    @Inject PersonEvents events;
    @Inject PartnerContactsRepository partnerContacts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("whatmatters.email.host", "127.0.0.1");
        properties.put("whatmatters.email.port", String.valueOf(RELAY_PORT));
        properties.put("whatmatters.email.starttls", "false");
        properties.put("whatmatters.email.from", "WhatMatters <alerts@whatmatters.example.org>");
        return properties;
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @Test
    void twoHangingAlertEmailsHoldUpNeitherACrisisTextNorItsEscalationNorAFollowUp() {
        partnerContacts.save(
                new PartnerContacts(
                        organisationId,
                        "alerts@mind.example",
                        null,
                        "Lee Lead",
                        "lead@mind.example",
                        LEAD_PHONE,
                        clock.instant()));
        Long dee = referred(DEE, Map.of("preferred_name", "Dee"));
        delivered(dee); // contact 1 is due on Thursday at 10:00
        int textsToDee = awaitTexts(DEE, 3).size();
        Long amir = referred("+447700900732", Map.of());
        Long bea = referred("+447700900733", Map.of());

        events.raise(
                amir,
                "CONCERN",
                PersonEvent.Urgency.ROUTINE,
                "kind distress"); // to the partner by email
        events.raise(bea, "CONCERN", PersonEvent.Urgency.ROUTINE, "kind distress");
        await().atMost(WAIT).until(() -> RELAY.held() >= 2);
        long heldSince = System.nanoTime();

        Long cy = referred("+447700900734", Map.of());
        events.raise(
                cy,
                "CRISIS",
                PersonEvent.Urgency.URGENT,
                "matched en:end it"); // nobody in the directory: partner and lead
        await().atMost(WAIT).until(() -> textsTo(LEAD_PHONE).size() == 1);

        timeIs(START.plus(Duration.ofMinutes(30)).plusSeconds(1));
        await().atMost(WAIT).until(() -> database.count("alert WHERE level = 1") == 1);
        await().atMost(WAIT).until(() -> textsTo(LEAD_PHONE).size() >= 2);

        timeIs(Instant.parse("2026-11-26T10:00:01Z"));
        await().atMost(WAIT).until(() -> textsTo(DEE).size() > textsToDee);

        assertThat(Duration.ofNanos(System.nanoTime() - heldSince))
                .as("all of it while the relay still held the first two emails")
                .isLessThan(RELAY_TIMEOUT);
        assertThat(
                        database.query(
                                "SELECT d.status FROM alert_delivery d JOIN alert a ON a.id = d.alert_id "
                                        + "WHERE d.channel = 'EMAIL' AND a.kind = 'CONCERN' AND a.level = 0 ORDER BY d.id"))
                .as("recorded, not lost")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(row.get(0)).isIn("SENDING", "FAILED"));
    }

    /**
     * Accepts connections on loopback and holds them open without a word (an SMTP server greets
     * first).
     */
    static final class StalledRelay implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        StalledRelay(int port) {
            try {
                socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread accepting =
                    new Thread(
                            () -> {
                                while (!socket.isClosed()) {
                                    try {
                                        held.add(socket.accept());
                                    } catch (IOException closed) {
                                        return;
                                    }
                                }
                            },
                            "stalled-relay");
            accepting.setDaemon(true);
            accepting.start();
        }

        long held() {
            return held.stream().filter(connection -> !connection.isClosed()).count();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : held) {
                    connection.close();
                }
            } catch (IOException ignored) {
                // closing a test server
            }
        }
    }
}
