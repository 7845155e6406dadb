package org.whatmatters.backend.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.message.InboundMessageRepository;
import org.whatmatters.backend.support.Database;
import org.whatmatters.backend.support.MovableClock;
import org.whatmatters.backend.support.TwilioWebhooks;
import org.whatmatters.backend.support.WithTwilioStandIn;

/**
 * A flood from one number is stored in full and answered, at the inbox sweep's pace, while another
 * person's message is handled at once: one sender cannot starve the rest, and nothing is dropped.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "whatmatters.rate-limits.inbound-per-minute", value = "2")
@Property(name = "test.clock-start", value = "2026-12-01T10:00:00Z")
class InboundFloodTest extends WithTwilioStandIn {

    @Inject InboxRecovery recovery;
    @Inject MovableClock clock;
    @Inject DataSource dataSource;

    @Test
    void aFloodIsStoredAndHandledLaterWhileOthersAreHandledAtOnce() {
        for (int i = 0; i < 6; i++) {
            assertThat(
                            webhooks.post(
                                            "/webhooks/twilio/sms",
                                            TwilioWebhooks.sms(
                                                    "SM" + String.format("%032d", i),
                                                    "+447700900700",
                                                    "hello " + i))
                                    .status())
                    .isEqualTo(200);
        }
        assertThat(
                        webhooks.post(
                                        "/webhooks/twilio/sms",
                                        TwilioWebhooks.sms(
                                                "SM" + "f".repeat(32), "+447700900701", "hello"))
                                .status())
                .isEqualTo(200);

        assertThat(database.count("inbound_message")).isEqualTo(7);
        assertThat(
                        database.query(
                                "SELECT from_address_hash FROM inbound_message WHERE processed_at IS NULL"))
                .as(
                        "the four over the flooding number's budget wait; the other person's message does not")
                .hasSize(4)
                .allSatisfy(
                        row ->
                                assertThat(row.get(0))
                                        .isEqualTo(Database.phoneHash("+447700900700")));

        assertThat(
                        webhooks.post(
                                        "/webhooks/twilio/sms",
                                        TwilioWebhooks.sms(
                                                "SM" + "c".repeat(32),
                                                "+447700900700",
                                                "I want to kill myself"))
                                .status())
                .isEqualTo(200);
        assertThat(
                        database.query(
                                        "SELECT processed_at FROM inbound_message WHERE provider_id = ?",
                                        "SM" + "c".repeat(32))
                                .get(0)
                                .get(0))
                .as("crisis language from the flooding number is handled at once all the same")
                .isNotNull();

        clock.advance(Duration.ofMinutes(2));
        recovery.sweep();
        assertThat(database.count("inbound_message WHERE processed_at IS NULL")).isZero();
    }

    @Test
    void anotherPersonsMessageLooksOnlyAtItsOwnSendersWaitingMessagesNotAtTheFlood()
            throws Exception {
        // a database that has run a while: 200 people with 30 messages each, half of them handled
        // (each at its own time), half over their number's limit waiting for the sweep, and the
        // statistics up to date. H2 then reckons "processed_at IS NULL" matches about as few rows
        // as one handled time does (2 rows), against 30 for one sender, and without the hint reads
        // every waiting message for each new one
        String flood = "flood";
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement insert =
                        c.prepareStatement(
                                "INSERT INTO inbound_message (channel, provider_id, from_address, from_address_hash,"
                                        + " to_address, body, num_media, received_at, processed_at, attempts)"
                                        + " VALUES ('SMS', ?, 'flood', ?, '+447700900000', 'flood', 0, ?, ?, 1)")) {
            for (int i = 0; i < 6000; i++) {
                boolean handled = i % 2 == 0;
                Timestamp at = Timestamp.from(clock.instant().minusSeconds(6000 - i));
                insert.setString(1, "SMflood" + i);
                insert.setString(2, flood + i % 200);
                insert.setTimestamp(3, at);
                insert.setTimestamp(4, handled ? at : null);
                insert.addBatch();
            }
            insert.executeBatch();
            try (Statement analyze = c.createStatement()) {
                analyze.execute("ANALYZE TABLE inbound_message");
            }
        }

        String plan =
                database.query(
                                "EXPLAIN "
                                        + InboundMessageRepository.UNPROCESSED_BEFORE
                                                .replace(
                                                        ":fromAddressHash",
                                                        "'"
                                                                + Database.phoneHash(
                                                                        "+447700900703")
                                                                + "'")
                                                .replace(":channel", "'SMS'")
                                                .replace(":id", "1000000000"))
                        .toString();
        database.update("DELETE FROM inbound_message WHERE from_address = ?", flood);
        // H2 names the index it reads in a comment ("/* public.ix_...: from_address_hash = ..."),
        // MariaDB in the plan's key column (followed by its length); either way not the index of
        // every unhandled message, which would read the whole flood for each message
        assertThat(plan)
                .as("the plan: %s", plan)
                .containsPattern("ix_inbound_message_from_hash(:|,\\s*\\d)")
                .doesNotContain("ix_inbound_message_due:");
    }
}
